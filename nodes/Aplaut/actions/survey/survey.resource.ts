import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { getAllSurveys } from './getAll.operation';

const entries: OperationEntry[] = [
	{ value: 'getAll', name: 'Get Many', action: 'Get many surveys', description: 'List surveys', operation: getAllSurveys },
];

export const surveyDescription = resourceDescription('survey', entries, 'getAll');
export const surveyOperations = operationsOf(entries);
