import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { getMerchantOrder } from './get.operation';
import { getManyMerchantOrders } from './getAll.operation';

export const merchantOrderOperations: ResourceOperations = {
	get: getMerchantOrder,
	getAll: getManyMerchantOrders,
};

export const merchantOrderDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['merchantOrder'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get a merchant order', description: 'Get the details of one order' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many merchant orders', description: 'List active orders or the order history' },
		],
		default: 'getAll',
	},
	...operationProperties('merchantOrder', merchantOrderOperations),
];
