import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { listOperation } from '../common/listOperation';
import { recordPath } from '../common/recordPath';
import { uploadFile } from './upload.operation';

const getManyFiles = listOperation({ path: '/storage', sort: [{ name: 'Size', value: 'size' }] });

const getEntityFiles: Operation = {
	description: [
		{
			displayName: 'Attached To',
			name: 'entityType',
			type: 'options',
			options: [
				{ name: 'Order', value: 'order' },
				{ name: 'Pipeline Card', value: 'pipelines' },
			],
			default: 'order',
			description: 'Kind of record whose files to list',
		},
		{ displayName: 'Record ID', name: 'entityId', type: 'number', required: true, default: 0, description: 'ID of the order or the pipeline card' },
	],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		// Answered as a plain array (not paginated): one output item per file.
		const answer = (await keyCrmRequest.call(this, 'GET', recordPath(this, itemIndex, '/storage/attachment/{entityType}/{entityId}'), {}, itemIndex)) as unknown;
		return Array.isArray(answer) ? (answer as IDataObject[]) : [];
	},
};

const entries: OperationEntry[] = [
	{ value: 'getAll', name: 'Get Many', action: 'Get many storage files', description: 'List files uploaded to KeyCRM', operation: getManyFiles },
	{ value: 'getForRecord', name: 'Get Attached', action: 'Get files attached to a record', description: 'List the files of an order or a pipeline card', operation: getEntityFiles },
	{ value: 'upload', name: 'Upload', action: 'Upload a file', description: 'Upload a file from a binary field to KeyCRM storage', operation: uploadFile },
];

export const storageFileDescription = resourceDescription('storageFile', entries, 'upload');
export const storageFileOperations = operationsOf(entries);
