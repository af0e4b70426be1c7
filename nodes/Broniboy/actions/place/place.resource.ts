import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { getManyPlaces } from './getAll.operation';

const entries: OperationEntry[] = [
	{ value: 'getAll', name: 'Get Many', action: 'Get many places', description: "List the merchant's places", operation: getManyPlaces },
];

export const placeDescription = resourceDescription('place', entries, 'getAll');
export const placeOperations = operationsOf(entries);
