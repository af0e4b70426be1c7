import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { orderIdField, orderPath, requiredId } from './fields/orderId';

export const tagField: INodeProperties = {
	displayName: 'Tag Name or ID',
	name: 'tagId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTags' },
	required: true,
	default: '',
	description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const fileField: INodeProperties = {
	displayName: 'File ID',
	name: 'fileId',
	type: 'number',
	required: true,
	default: 0,
	description: 'ID of a file already uploaded to the KeyCRM storage (Storage → Upload File)',
};

/** Attaching or detaching a tag or a file: `POST|DELETE /order/{id}/{segment}/{linkedId}`, no body. */
export function linkOperation(segment: 'tag' | 'attachment', method: 'POST' | 'DELETE', field: INodeProperties): Operation {
	return {
		// Linking the same tag or file twice, or unlinking it twice, leaves the order as once.
		resend: 'safe',
		description: [orderIdField, field],
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const linkedId = requiredId(this, field.name, itemIndex, field.name === 'tagId' ? 'Tag' : 'File ID');
			const path = orderPath(this, itemIndex, segment, linkedId);
			const answer = await keyCrmRequest.call(this, method, path, {}, itemIndex);
			// The API answers `{status: true}` or an empty 204; either way the item says what was done.
			return { success: answer.status !== false, orderId: requiredId(this, 'orderId', itemIndex, 'Order ID'), [field.name]: linkedId };
		},
	};
}
