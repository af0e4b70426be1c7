import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { getManyPlaces } from './getAll.operation';
import { getManyPlacesWithLegalInfo } from './getAllLegal.operation';

const entries: OperationEntry[] = [
	{ value: 'getAll', name: 'Get Many', action: 'Get many places', description: "List the merchant's places across all networks", operation: getManyPlaces },
	{
		value: 'getAllLegal',
		name: 'Get Many With Legal Info',
		action: 'Get many places with legal info',
		description: 'List the places with the legal entity behind each',
		operation: getManyPlacesWithLegalInfo,
	},
];

export const placeDescription = resourceDescription('place', entries, 'getAll');
export const placeOperations = operationsOf(entries);
