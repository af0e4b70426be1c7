import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { getWorkload } from './get.operation';
import { updateWorkload } from './update.operation';

const entries: OperationEntry[] = [
	{ value: 'get', name: 'Get', action: 'Get the workload of a place', description: 'Get how busy a place is and its cooking times', operation: getWorkload },
	{ value: 'update', name: 'Update', action: 'Update the workload of a place', description: 'Mark a place busy, paused or back to normal', operation: updateWorkload },
];

export const placeWorkloadDescription = resourceDescription('placeWorkload', entries, 'get');
export const placeWorkloadOperations = operationsOf(entries);
