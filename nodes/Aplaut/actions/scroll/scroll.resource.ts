import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { scrollRecords } from './getAll.operation';

export const scrollOperations: ResourceOperations = {
	getAll: scrollRecords,
};

export const scrollDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['scroll'] } },
		options: [
			{ name: 'Get Many', value: 'getAll', action: 'Scroll through all records', description: 'Walk through many reviews, products or questions with a cursor, without page limits' },
		],
		default: 'getAll',
	},
	...operationProperties('scroll', scrollOperations),
];
