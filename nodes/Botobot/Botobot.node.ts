import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsProperty } from '../shared/http/settings';
import { orderDescription } from './actions/order/order.resource';
import { taskDescription } from './actions/task/task.resource';
import { router } from './actions/router';
import { botobotProfile } from './transport/profile';

export class Botobot implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Botobot',
		name: 'botobot',
		icon: { light: 'file:../../icons/botobot.svg', dark: 'file:../../icons/botobot.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Update order statuses and payments of a Botobot Telegram shop, and schedule bot tasks',
		defaults: { name: 'Botobot' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'botobotApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Order', value: 'order' },
					{ name: 'Task', value: 'task' },
				],
				default: 'order',
			},
			...orderDescription,
			...taskDescription,
			requestOptionsProperty(botobotProfile),
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
