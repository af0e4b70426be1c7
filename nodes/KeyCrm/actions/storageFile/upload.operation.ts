import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';

export const uploadFile: Operation = {
	resend: 'unsafe',
	description: [
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			required: true,
			default: 'data',
			hint: 'The name of the input binary field containing the file to be uploaded',
			description: 'Binary field of the input item that holds the file',
		},
		{
			displayName: 'File Name',
			name: 'fileName',
			type: 'string',
			default: '',
			description: "Name to store the file under; empty keeps the binary's own name",
		},
	],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const field = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
		const binary = this.helpers.assertBinaryData(itemIndex, field);
		const buffer = await this.helpers.getBinaryDataBuffer(itemIndex, field);
		const fileName = (this.getNodeParameter('fileName', itemIndex, '') as string).trim() || binary.fileName || 'file';
		// A FormData body passes the shared core untouched and leaves as multipart/form-data with its boundary.
		const form = new FormData();
		form.append('file', new Blob([new Uint8Array(buffer)], { type: binary.mimeType || 'application/octet-stream' }), fileName);
		return await keyCrmRequest.call(this, 'POST', '/storage/upload', { body: form }, itemIndex);
	},
};
