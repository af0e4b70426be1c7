import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { getManyOffers } from './getAll.operation';
import { updateOffers } from './updateMany.operation';

export const offerOperations: ResourceOperations = {
	getAll: getManyOffers,
	updateMany: updateOffers,
};

export const offerDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['offer'] } },
		options: [
			{ name: 'Get Many', value: 'getAll', action: 'Get many offers', description: 'List offers (product variants)' },
			{ name: 'Update Many', value: 'updateMany', action: 'Update many offers', description: 'Change prices, sizes or pictures of several offers in one request' },
		],
		default: 'getAll',
	},
	...operationProperties('offer', offerOperations),
];
