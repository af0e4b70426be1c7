import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { route } from '../shared/execute/router';
import { requestOptionsProperty } from '../shared/http/settings';
import { keyCrmOperationProperties, keyCrmResources } from './actions';
import { loadOptions } from './methods';
import { keyCrmProfile } from './transport/profile';

export class KeyCrm implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'KeyCRM',
		name: 'keyCrm',
		icon: { light: 'file:../../icons/keycrm.svg', dark: 'file:../../icons/keycrm.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Work with orders, buyers, products, stocks and pipelines in KeyCRM',
		defaults: { name: 'KeyCRM' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'keyCrmApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Buyer', value: 'buyer' },
					{ name: 'Call', value: 'call' },
					{ name: 'Company', value: 'company' },
					{ name: 'Custom Field', value: 'customField' },
					{ name: 'External Transaction', value: 'externalTransaction' },
					{ name: 'Offer', value: 'offer' },
					{ name: 'Order', value: 'order' },
					{ name: 'Order Dictionary', value: 'orderDictionary' },
					{ name: 'Pipeline', value: 'pipeline' },
					{ name: 'Pipeline Card', value: 'pipelineCard' },
					{ name: 'Product', value: 'product' },
					{ name: 'Product Category', value: 'productCategory' },
					{ name: 'Stock', value: 'stock' },
					{ name: 'Storage File', value: 'storageFile' },
					{ name: 'User', value: 'user' },
				],
				default: 'order',
			},
			...keyCrmOperationProperties,
			requestOptionsProperty(keyCrmProfile),
		],
	};

	methods = { loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, keyCrmProfile, keyCrmResources);
	}
}
