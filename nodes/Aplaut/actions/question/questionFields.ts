import type { INodeProperties } from 'n8n-workflow';

import type { IdParameter } from '../common/recordOperations';
import { authorFields, field, moderationState } from '../common/writeOperations';
import { createdAt, updatedAt } from '../common/queryProperties';

export const QUESTION_TYPE = 'questions';

export const questionId: IdParameter = {
	name: 'questionId',
	displayName: 'Question ID',
	description: "Aplaut's internal ID of the question, or your external ID of it",
};

export const questionKinds = { tags: 'list', created_at: 'date' } as const;

export const questionFields: INodeProperties[] = [
	field.text('external_id', 'External ID', 'Your ID of the question, to find or update it later'),
	field.text('product_id', 'Product ID', 'Product the question is about: offer.ID from your YML feed. Empty = a question about the shop.'),
	moderationState(['waiting', 'published', 'banned']),
	field.list('tags', 'Tags', 'Labels for the question'),
	field.date('created_at', 'Created At', 'When the question was asked'),
	...authorFields,
];

export const questionIncludes = [
	{ value: 'author', name: 'Author' },
	{ value: 'product', name: 'Product' },
	{ value: 'answers', name: 'Answers' },
];

export const QUESTION_FILTER_FIELDS = [
	{ value: 'state', name: 'Moderation State', operators: 'eq, neq (published, waiting, banned, held)' },
	{ value: 'product_id', name: 'Product ID', operators: 'eq' },
	{ value: 'context_type', name: 'About', operators: 'eq, neq (store, product, category, brand)' },
	createdAt,
	updatedAt,
];
