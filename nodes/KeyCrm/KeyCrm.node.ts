import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsProperty } from '../shared/http/settings';
import { catalogResourceDescriptions, catalogResourceOptions } from './actions/catalog.resources';
import { ordersResourceDescriptions, ordersResourceOptions } from './actions/orders.resources';
import { router } from './actions/router';
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
				options: [...ordersResourceOptions, ...catalogResourceOptions].sort((a, b) => a.name.localeCompare(b.name)),
				default: 'order',
			},
			...ordersResourceDescriptions,
			...catalogResourceDescriptions,
			requestOptionsProperty(keyCrmProfile),
		],
	};

	methods = { loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
