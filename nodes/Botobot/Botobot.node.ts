import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { route } from '../shared/execute/router';
import { requestOptionsProperty } from '../shared/http/settings';
import { botobotOperationProperties, botobotResources } from './actions';
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
			...botobotOperationProperties,
			requestOptionsProperty(botobotProfile),
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, botobotProfile, botobotResources);
	}
}
