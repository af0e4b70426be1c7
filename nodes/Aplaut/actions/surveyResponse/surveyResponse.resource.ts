import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { getAllSurveyResponses } from './getAll.operation';

export const surveyResponseOperations: ResourceOperations = {
	getAll: getAllSurveyResponses,
};

export const surveyResponseDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['surveyResponse'] } },
		options: [
			{ name: 'Get Many', value: 'getAll', action: 'Get many survey responses', description: 'List responses to surveys' },
		],
		default: 'getAll',
	},
	...operationProperties('surveyResponse', surveyResponseOperations),
];
