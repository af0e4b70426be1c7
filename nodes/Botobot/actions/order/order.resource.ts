import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { getAllOrders } from './getAll.operation';
import { markOrderPaid } from './markPaid.operation';
import { updateOrderStatus } from './updateStatus.operation';

const entries: OperationEntry[] = [
	{ value: 'updateStatus', name: 'Update Status', action: 'Update the status of an order', description: 'Move an order to a higher status', operation: updateOrderStatus },
	{
		value: 'getAll',
		name: 'Get Many',
		action: 'Get many orders',
		description: "List the shop's orders (undocumented Botobot endpoint)",
		operation: getAllOrders,
	},
	{ value: 'markPaid', name: 'Mark as Paid', action: 'Mark an order as paid', description: "Set the order's payment state to paid", operation: markOrderPaid },
];

export const orderDescription = resourceDescription('order', entries, 'updateStatus');
export const orderOperations = operationsOf(entries);
