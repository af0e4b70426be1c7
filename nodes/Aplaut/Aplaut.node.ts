import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsProperty } from '../shared/http/settings';
import { orderDescription } from './actions/order/order.resource';
import { router } from './actions/router';
import { aplautProfile } from './transport/profile';

export class Aplaut implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Aplaut',
		name: 'aplaut',
		icon: { light: 'file:../../icons/aplaut.svg', dark: 'file:../../icons/aplaut.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Send orders to Aplaut for review campaigns, and work with reviews, questions and products',
		defaults: { name: 'Aplaut' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'aplautApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Order', value: 'order' }],
				default: 'order',
			},
			...orderDescription,
			requestOptionsProperty(aplautProfile),
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
