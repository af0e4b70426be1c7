import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { getSchedule } from './get.operation';
import { updateSchedule } from './update.operation';

export const placeScheduleOperations: ResourceOperations = {
	get: getSchedule,
	update: updateSchedule,
};

export const placeScheduleDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['placeSchedule'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get the weekly schedule of a place', description: 'Get opening hours for each day of the week' },
			{ name: 'Update', value: 'update', action: 'Update the weekly schedule of a place', description: 'Set opening hours for all seven days' },
		],
		default: 'get',
	},
	...operationProperties('placeSchedule', placeScheduleOperations),
];
