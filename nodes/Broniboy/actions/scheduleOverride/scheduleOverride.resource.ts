import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { createOverride } from './create.operation';
import { deleteOverride } from './delete.operation';
import { getOverride } from './get.operation';
import { getManyOverrides } from './getAll.operation';
import { updateOverride } from './update.operation';

const entries: OperationEntry[] = [
	{ value: 'create', name: 'Create', action: 'Create a schedule override', description: 'Set special hours or a day off for some dates', operation: createOverride },
	{ value: 'delete', name: 'Delete', action: 'Delete a schedule override', description: 'Remove special hours, back to the weekly schedule', operation: deleteOverride },
	{ value: 'get', name: 'Get', action: 'Get a schedule override', description: 'Get one schedule override', operation: getOverride },
	{ value: 'getAll', name: 'Get Many', action: 'Get many schedule overrides', description: 'List the schedule overrides of a place', operation: getManyOverrides },
	{ value: 'update', name: 'Update', action: 'Update a schedule override', description: 'Change the dates or hours of a schedule override', operation: updateOverride },
];

export const scheduleOverrideDescription = resourceDescription('scheduleOverride', entries, 'getAll');
export const scheduleOverrideOperations = operationsOf(entries);
