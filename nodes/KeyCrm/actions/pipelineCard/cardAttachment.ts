import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { recordPath } from '../common/recordPath';
import { cardIdProperty } from './cardFields';

export const cardFileId: INodeProperties = { displayName: 'File ID', name: 'fileId', type: 'number', required: true, default: 0, description: 'ID of a file in KeyCRM storage (see Storage File → Upload)' };

/** Attaching or detaching a stored file: `POST|DELETE /pipelines/cards/{cardId}/attachment/{fileId}`, no body. */
export function cardAttachment(method: 'POST' | 'DELETE'): Operation {
	return {
		resend: 'safe',
		description: [cardIdProperty, cardFileId],
		async execute(this: IExecuteFunctions, itemIndex: number) {
			return await keyCrmRequest.call(this, method, recordPath(this, itemIndex, '/pipelines/cards/{cardId}/attachment/{fileId}'), {}, itemIndex);
		},
	};
}
