import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { createExportTask } from './create.operation';
import { getExportTask } from './get.operation';

const entries: OperationEntry[] = [
	{
		value: 'create',
		name: 'Create',
		action: 'Create an export task',
		description: 'Export reviews, products or survey responses into one file',
		operation: createExportTask,
	},
	{ value: 'get', name: 'Get', action: 'Get an export task', description: 'Check an export task and get its file link', operation: getExportTask },
];

export const exportTaskDescription = resourceDescription('exportTask', entries, 'create');
export const exportTaskOperations = operationsOf(entries);
