import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { cancelOrder } from './cancel.operation';
import { createOrder } from './create.operation';
import { getManyOrders } from './getAll.operation';
import { verifyOrder } from './verify.operation';

export const b2bOrderOperations: ResourceOperations = {
	verify: verifyOrder,
	create: createOrder,
	getAll: getManyOrders,
	cancel: cancelOrder,
};

export const b2bOrderDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['b2bOrder'] } },
		options: [
			{ name: 'Cancel', value: 'cancel', action: 'Cancel a B2B order', description: 'Cancel an order with a reason' },
			{ name: 'Create', value: 'create', action: 'Create a B2B order', description: 'Order a courier delivery' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many B2B orders', description: 'List your B2B orders, optionally by ID or state' },
			{ name: 'Verify', value: 'verify', action: 'Verify a B2B order', description: 'Get the final price, payment types and pickup times before ordering' },
		],
		default: 'create',
	},
	...operationProperties('b2bOrder', b2bOrderOperations),
];
