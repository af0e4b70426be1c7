import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { markOrderPaid } from './markPaid.operation';
import { updateOrderStatus } from './updateStatus.operation';

const entries: OperationEntry[] = [
	{ value: 'updateStatus', name: 'Update Status', action: 'Update the status of an order', description: 'Move an order to a higher status', operation: updateOrderStatus },
	{ value: 'markPaid', name: 'Mark as Paid', action: 'Mark an order as paid', description: "Set the order's payment state to paid", operation: markOrderPaid },
];

export const orderDescription = resourceDescription('order', entries, 'updateStatus');
export const orderOperations = operationsOf(entries);
