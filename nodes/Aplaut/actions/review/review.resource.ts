import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { createReview } from './create.operation';
import { createOrUpdateReview } from './createOrUpdate.operation';
import { deleteReview } from './delete.operation';
import { getReview } from './get.operation';
import { getAllReviews } from './getAll.operation';

const entries: OperationEntry[] = [
	{ value: 'create', name: 'Create', action: 'Create a review', description: 'Import a review', operation: createReview },
	{
		value: 'createOrUpdate',
		name: 'Create or Update',
		action: 'Create or update a review',
		description: 'Update a review by ID, creating it when missing',
		operation: createOrUpdateReview,
	},
	{ value: 'delete', name: 'Delete', action: 'Delete a review', description: 'Delete a review', operation: deleteReview },
	{ value: 'get', name: 'Get', action: 'Get a review', description: 'Get one review by ID', operation: getReview },
	{ value: 'getAll', name: 'Get Many', action: 'Get many reviews', description: 'List reviews', operation: getAllReviews },
];

export const reviewDescription = resourceDescription('review', entries, 'get');
export const reviewOperations = operationsOf(entries);
