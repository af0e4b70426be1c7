import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { getOrder } from './get.operation';

const entries: OperationEntry[] = [
	{ value: 'get', name: 'Get', action: 'Get an order', description: 'Get one order by ID or number', operation: getOrder },
];

export const orderDescription = resourceDescription('order', entries, 'get');
export const orderOperations = operationsOf(entries);
