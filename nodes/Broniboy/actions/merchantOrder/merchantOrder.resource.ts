import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { getMerchantOrder } from './get.operation';
import { getManyMerchantOrders } from './getAll.operation';

const entries: OperationEntry[] = [
	{ value: 'get', name: 'Get', action: 'Get a merchant order', description: 'Get the details of one order', operation: getMerchantOrder },
	{ value: 'getAll', name: 'Get Many', action: 'Get many merchant orders', description: 'List active orders or the order history', operation: getManyMerchantOrders },
];

export const merchantOrderDescription = resourceDescription('merchantOrder', entries, 'getAll');
export const merchantOrderOperations = operationsOf(entries);
