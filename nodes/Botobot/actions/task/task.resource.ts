import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { addTask } from './add.operation';
import { getTask } from './get.operation';
import { removeTask } from './remove.operation';

export const taskOperations: ResourceOperations = {
	add: addTask,
	remove: removeTask,
	get: getTask,
};

export const taskDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['task'] } },
		options: [
			{ name: 'Add', value: 'add', action: 'Schedule a bot task', description: 'Schedule a bot command or message for a user' },
			{ name: 'Get', value: 'get', action: 'Get a scheduled task', description: 'Get the status of a task and when it ran' },
			{ name: 'Remove', value: 'remove', action: 'Remove a scheduled task', description: 'Remove a task that has not run yet' },
		],
		default: 'add',
	},
	...operationProperties('task', taskOperations),
];
