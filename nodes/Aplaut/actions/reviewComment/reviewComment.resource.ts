import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { createReviewComment } from './create.operation';
import { getAllReviewComments } from './getAll.operation';

export const reviewCommentOperations: ResourceOperations = {
	create: createReviewComment,
	getAll: getAllReviewComments,
};

export const reviewCommentDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['reviewComment'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Comment on a review', description: 'Add a comment to a review' },
			{ name: 'Get Many', value: 'getAll', action: 'Get comments of a review', description: 'List the comments of a review' },
		],
		default: 'getAll',
	},
	...operationProperties('reviewComment', reviewCommentOperations),
];
