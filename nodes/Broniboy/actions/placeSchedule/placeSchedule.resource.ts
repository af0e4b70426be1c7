import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { getSchedule } from './get.operation';
import { updateSchedule } from './update.operation';

const entries: OperationEntry[] = [
	{ value: 'get', name: 'Get', action: 'Get the weekly schedule of a place', description: 'Get opening hours for each day of the week', operation: getSchedule },
	{ value: 'update', name: 'Update', action: 'Update the weekly schedule of a place', description: 'Set opening hours for all seven days', operation: updateSchedule },
];

export const placeScheduleDescription = resourceDescription('placeSchedule', entries, 'get');
export const placeScheduleOperations = operationsOf(entries);
