import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { getAllOrders } from './getAll.operation';
import { markOrderPaid } from './markPaid.operation';
import { updateOrderStatus } from './updateStatus.operation';

export const orderOperations: ResourceOperations = {
	updateStatus: updateOrderStatus,
	getAll: getAllOrders,
	markPaid: markOrderPaid,
};

export const orderDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['order'] } },
		options: [
			{ name: 'Get Many', value: 'getAll', action: 'Get many orders', description: "List the shop's orders (undocumented Botobot endpoint)" },
			{ name: 'Mark as Paid', value: 'markPaid', action: 'Mark an order as paid', description: "Set the order's payment state to paid" },
			{ name: 'Update Status', value: 'updateStatus', action: 'Update the status of an order', description: 'Move an order to a higher status' },
		],
		default: 'updateStatus',
	},
	...operationProperties('order', orderOperations),
];
