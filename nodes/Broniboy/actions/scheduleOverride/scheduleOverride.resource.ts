import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { createOverride } from './create.operation';
import { deleteOverride } from './delete.operation';
import { getOverride } from './get.operation';
import { getManyOverrides } from './getAll.operation';
import { updateOverride } from './update.operation';

export const scheduleOverrideOperations: ResourceOperations = {
	create: createOverride,
	delete: deleteOverride,
	get: getOverride,
	getAll: getManyOverrides,
	update: updateOverride,
};

export const scheduleOverrideDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['scheduleOverride'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a schedule override', description: 'Set special hours or a day off for some dates' },
			{ name: 'Delete', value: 'delete', action: 'Delete a schedule override', description: 'Remove special hours, back to the weekly schedule' },
			{ name: 'Get', value: 'get', action: 'Get a schedule override', description: 'Get one schedule override' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many schedule overrides', description: 'List the schedule overrides of a place' },
			{ name: 'Update', value: 'update', action: 'Update a schedule override', description: 'Change the dates or hours of a schedule override' },
		],
		default: 'getAll',
	},
	...operationProperties('scheduleOverride', scheduleOverrideOperations),
];
