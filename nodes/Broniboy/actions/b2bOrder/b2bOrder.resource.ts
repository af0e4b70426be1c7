import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { cancelOrder } from './cancel.operation';
import { createOrder } from './create.operation';
import { getManyOrders } from './getAll.operation';
import { verifyOrder } from './verify.operation';

const entries: OperationEntry[] = [
	{ value: 'verify', name: 'Verify', action: 'Verify a B2B order', description: 'Get the final price, payment types and pickup times before ordering', operation: verifyOrder },
	{ value: 'create', name: 'Create', action: 'Create a B2B order', description: 'Order a courier delivery', operation: createOrder },
	{ value: 'getAll', name: 'Get Many', action: 'Get many B2B orders', description: 'List your B2B orders, optionally by ID or state', operation: getManyOrders },
	{ value: 'cancel', name: 'Cancel', action: 'Cancel a B2B order', description: 'Cancel an order with a reason', operation: cancelOrder },
];

export const b2bOrderDescription = resourceDescription('b2bOrder', entries, 'create');
export const b2bOrderOperations = operationsOf(entries);
