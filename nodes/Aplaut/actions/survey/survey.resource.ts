import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { getAllSurveys } from './getAll.operation';

export const surveyOperations: ResourceOperations = {
	getAll: getAllSurveys,
};

export const surveyDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['survey'] } },
		options: [
			{ name: 'Get Many', value: 'getAll', action: 'Get many surveys', description: 'List surveys' },
		],
		default: 'getAll',
	},
	...operationProperties('survey', surveyOperations),
];
