import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { createReviewComment } from './create.operation';
import { getAllReviewComments } from './getAll.operation';

const entries: OperationEntry[] = [
	{ value: 'create', name: 'Create', action: 'Comment on a review', description: 'Add a comment to a review', operation: createReviewComment },
	{ value: 'getAll', name: 'Get Many', action: 'Get comments of a review', description: 'List the comments of a review', operation: getAllReviewComments },
];

export const reviewCommentDescription = resourceDescription('reviewComment', entries, 'getAll');
export const reviewCommentOperations = operationsOf(entries);
