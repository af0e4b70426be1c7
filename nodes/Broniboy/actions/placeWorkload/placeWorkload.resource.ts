import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { getWorkload } from './get.operation';
import { updateWorkload } from './update.operation';

export const placeWorkloadOperations: ResourceOperations = {
	get: getWorkload,
	update: updateWorkload,
};

export const placeWorkloadDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['placeWorkload'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get the workload of a place', description: 'Get how busy a place is and its cooking times' },
			{ name: 'Update', value: 'update', action: 'Update the workload of a place', description: 'Mark a place busy, paused or back to normal' },
		],
		default: 'get',
	},
	...operationProperties('placeWorkload', placeWorkloadOperations),
];
