import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { updateOrderStatus } from './updateStatus.operation';

const entries: OperationEntry[] = [
	{ value: 'updateStatus', name: 'Update Status', action: 'Update the status of an order', description: 'Move an order to a higher status', operation: updateOrderStatus },
];

export const orderDescription = resourceDescription('order', entries, 'updateStatus');
export const orderOperations = operationsOf(entries);
