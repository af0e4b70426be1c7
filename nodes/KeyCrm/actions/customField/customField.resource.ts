import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { getManyCustomFields } from './getAll.operation';

const entries: OperationEntry[] = [
	{
		value: 'getAll',
		name: 'Get Many',
		action: 'Get many custom fields',
		description: "List the account's custom fields of orders, leads, buyers and products",
		operation: getManyCustomFields,
	},
];

export const customFieldDescription = resourceDescription('customField', entries, 'getAll');
export const customFieldOperations = operationsOf(entries);
