import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { authorFields, field, moderationState } from './writeOperations';
import { readId, recordPath, type IdParameter } from './recordOperations';
import type { NumberedPaging } from '../../transport/paging';

/**
 * Comments of a review and answers to a question live under their parent:
 * `/reviews/{id}/relationships/comments`, `/questions/{id}/relationships/answers`.
 */
export function nestedPath(parentCollection: string, parent: IdParameter, relationship: string) {
	return (context: IExecuteFunctions, itemIndex: number) =>
		`${recordPath(parentCollection, readId(context, itemIndex, parent))}/relationships/${relationship}`;
}

/** Undocumented caps: per_page defaults to 25; we never ask for more. */
export const NESTED_PAGING: NumberedPaging = { pageCap: 1_000, perPageMin: 1, perPageMax: 25 };

export const textProperty = (description: string): INodeProperties => ({
	displayName: 'Text',
	name: 'text',
	type: 'string',
	typeOptions: { rows: 3 },
	required: true,
	default: '',
	description,
});

/** Optional attributes shared by comments and answers. */
export const replyFields: INodeProperties[] = [
	field.text('external_id', 'External ID', 'Your ID of this text'),
	moderationState(['published', 'waiting', 'banned']),
	field.text('parent_id', 'Parent ID', "Aplaut's ID of the text this one replies to"),
	field.text('external_parent_id', 'External Parent ID', 'Your ID of the text this one replies to'),
	...authorFields,
];
