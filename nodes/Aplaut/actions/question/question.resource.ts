import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { createQuestion } from './create.operation';
import { deleteQuestion } from './delete.operation';
import { getQuestion } from './get.operation';
import { getAllQuestions } from './getAll.operation';
import { updateQuestion } from './update.operation';

export const questionOperations: ResourceOperations = {
	create: createQuestion,
	delete: deleteQuestion,
	get: getQuestion,
	getAll: getAllQuestions,
	update: updateQuestion,
};

export const questionDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['question'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a question', description: 'Import a question' },
			{ name: 'Delete', value: 'delete', action: 'Delete a question', description: 'Delete a question' },
			{ name: 'Get', value: 'get', action: 'Get a question', description: 'Get one question by ID' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many questions', description: 'List questions' },
			{ name: 'Update', value: 'update', action: 'Update a question', description: 'Change a question; an unknown ID creates one (PUT), which then needs every required field' },
		],
		default: 'get',
	},
	...operationProperties('question', questionOperations),
];
