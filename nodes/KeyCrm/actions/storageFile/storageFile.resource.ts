import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { getManyFiles } from './getAll.operation';
import { getEntityFiles } from './getForRecord.operation';
import { uploadFile } from './upload.operation';

export const storageFileOperations: ResourceOperations = {
	getAll: getManyFiles,
	getForRecord: getEntityFiles,
	upload: uploadFile,
};

export const storageFileDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['storageFile'] } },
		options: [
			{ name: 'Get Attached', value: 'getForRecord', action: 'Get files attached to a record', description: 'List the files of an order or a pipeline card' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many storage files', description: 'List files uploaded to KeyCRM' },
			{ name: 'Upload', value: 'upload', action: 'Upload a file', description: 'Upload a file from a binary field to KeyCRM storage' },
		],
		default: 'upload',
	},
	...operationProperties('storageFile', storageFileOperations),
];
