import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { scrollRecords } from './getAll.operation';

const entries: OperationEntry[] = [
	{
		value: 'getAll',
		name: 'Get Many',
		action: 'Scroll through all records',
		description: 'Walk through all reviews, products or questions with a cursor, without page limits',
		operation: scrollRecords,
	},
];

export const scrollDescription = resourceDescription('scroll', entries, 'getAll');
export const scrollOperations = operationsOf(entries);
