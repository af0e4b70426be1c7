import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { createExportTask } from './create.operation';
import { getExportTask } from './get.operation';

export const exportTaskOperations: ResourceOperations = {
	create: createExportTask,
	get: getExportTask,
};

export const exportTaskDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['exportTask'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create an export task', description: 'Export reviews, products or survey responses into one file' },
			{ name: 'Get', value: 'get', action: 'Get an export task', description: 'Check an export task and get its file link' },
		],
		default: 'create',
	},
	...operationProperties('exportTask', exportTaskOperations),
];
