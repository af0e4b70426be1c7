import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { getManyCustomFields } from './getAll.operation';

export const customFieldOperations: ResourceOperations = {
	getAll: getManyCustomFields,
};

export const customFieldDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customField'] } },
		options: [
			{ name: 'Get Many', value: 'getAll', action: 'Get many custom fields', description: "List the account's custom fields of orders, leads, buyers and products" },
		],
		default: 'getAll',
	},
	...operationProperties('customField', customFieldOperations),
];
