import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { getOrder } from './get.operation';
import { getManyOrders } from './getAll.operation';

const entries: OperationEntry[] = [
	{ value: 'get', name: 'Get', action: 'Get an order', description: 'Get one order by ID', operation: getOrder },
	{ value: 'getAll', name: 'Get Many', action: 'Get many orders', description: 'List orders', operation: getManyOrders },
];

export const orderDescription = resourceDescription('order', entries, 'get');
export const orderOperations = operationsOf(entries);
