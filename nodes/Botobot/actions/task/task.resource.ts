import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { addTask } from './add.operation';
import { getTask } from './get.operation';
import { removeTask } from './remove.operation';

const entries: OperationEntry[] = [
	{ value: 'add', name: 'Add', action: 'Schedule a bot task', description: 'Schedule a bot command or message for a user', operation: addTask },
	{ value: 'remove', name: 'Remove', action: 'Remove a scheduled task', description: 'Remove a task that has not run yet', operation: removeTask },
	{ value: 'get', name: 'Get', action: 'Get a scheduled task', description: 'Get the status of a task and when it ran', operation: getTask },
];

export const taskDescription = resourceDescription('task', entries, 'add');
export const taskOperations = operationsOf(entries);
