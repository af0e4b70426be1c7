import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { getAllSurveyResponses } from './getAll.operation';

const entries: OperationEntry[] = [
	{
		value: 'getAll',
		name: 'Get Many',
		action: 'Get many survey responses',
		description: 'List responses to surveys',
		operation: getAllSurveyResponses,
	},
];

export const surveyResponseDescription = resourceDescription('surveyResponse', entries, 'getAll');
export const surveyResponseOperations = operationsOf(entries);
