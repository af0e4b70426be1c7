import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { route } from '../shared/execute/router';
import { requestOptionsProperty } from '../shared/http/settings';
import { aplautOperationProperties, aplautResources } from './actions';
import { loadOptions } from './methods';
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
				options: [
					{ name: 'Customer', value: 'consumer' },
					{ name: 'Export Task', value: 'exportTask' },
					{ name: 'Order', value: 'order' },
					{ name: 'Product', value: 'product' },
					{ name: 'Question', value: 'question' },
					{ name: 'Question Answer', value: 'questionAnswer' },
					{ name: 'Review', value: 'review' },
					{ name: 'Review Comment', value: 'reviewComment' },
					{ name: 'Scroll (All Records)', value: 'scroll' },
					{ name: 'Survey', value: 'survey' },
					{ name: 'Survey Response', value: 'surveyResponse' },
					{ name: 'User', value: 'user' },
				],
				default: 'order',
			},
			...aplautOperationProperties,
			requestOptionsProperty(aplautProfile),
		],
	};

	methods = { loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, aplautProfile, aplautResources);
	}
}
