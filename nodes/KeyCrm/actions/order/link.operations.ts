import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { orderIdField, orderPath } from './fields/orderId';

const tagField: INodeProperties = {
	displayName: 'Tag Name or ID',
	name: 'tagId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTags' },
	required: true,
	default: '',
	description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

const fileField: INodeProperties = {
	displayName: 'File ID',
	name: 'fileId',
	type: 'number',
	required: true,
	default: 0,
	description: 'ID of a file already uploaded to the KeyCRM storage (Storage → Upload File)',
};

/** Attaching or detaching a tag or a file: `POST|DELETE /order/{id}/{segment}/{linkedId}`, no body. */
function linkOperation(segment: 'tag' | 'attachment', method: 'POST' | 'DELETE', field: INodeProperties): Operation {
	return {
		description: [orderIdField, field],
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const linkedId = this.getNodeParameter(field.name, itemIndex) as string | number;
			const answer = await keyCrmRequest.call(this, method, orderPath(this, itemIndex, segment, linkedId), {}, itemIndex);
			// The API answers `{status: true}` or an empty 204; either way the item says what was done.
			return {
				success: answer.status !== false,
				orderId: this.getNodeParameter('orderId', itemIndex) as number,
				[field.name]: Number(linkedId),
			};
		},
	};
}

export const attachTag = linkOperation('tag', 'POST', tagField);
export const detachTag = linkOperation('tag', 'DELETE', tagField);
export const attachFile = linkOperation('attachment', 'POST', fileField);
export const detachFile = linkOperation('attachment', 'DELETE', fileField);
