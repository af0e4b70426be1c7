import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { createReview } from './create.operation';
import { createOrUpdateReview } from './createOrUpdate.operation';
import { deleteReview } from './delete.operation';
import { getReview } from './get.operation';
import { getAllReviews } from './getAll.operation';

export const reviewOperations: ResourceOperations = {
	create: createReview,
	createOrUpdate: createOrUpdateReview,
	delete: deleteReview,
	get: getReview,
	getAll: getAllReviews,
};

export const reviewDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['review'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a review', description: 'Import a review' },
			{ name: 'Create or Update', value: 'createOrUpdate', action: 'Create or update a review', description: 'Update a review by ID, creating it when missing' },
			{ name: 'Delete', value: 'delete', action: 'Delete a review', description: 'Delete a review' },
			{ name: 'Get', value: 'get', action: 'Get a review', description: 'Get one review by ID' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many reviews', description: 'List reviews' },
		],
		default: 'get',
	},
	...operationProperties('review', reviewOperations),
];
