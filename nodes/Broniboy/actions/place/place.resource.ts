import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { getManyPlaces } from './getAll.operation';
import { getManyPlacesWithLegalInfo } from './getAllLegal.operation';

export const placeOperations: ResourceOperations = {
	getAll: getManyPlaces,
	getAllLegal: getManyPlacesWithLegalInfo,
};

export const placeDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['place'] } },
		options: [
			{ name: 'Get Many', value: 'getAll', action: 'Get many places', description: "List the merchant's places across many networks" },
			{ name: 'Get Many With Legal Info', value: 'getAllLegal', action: 'Get many places with legal info', description: 'List the places with the legal entity behind each' },
		],
		default: 'getAll',
	},
	...operationProperties('place', placeOperations),
];
