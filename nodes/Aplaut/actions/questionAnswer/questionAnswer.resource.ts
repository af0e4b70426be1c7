import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { createQuestionAnswer } from './create.operation';
import { getAllQuestionAnswers } from './getAll.operation';
import { updateQuestionAnswer } from './update.operation';

export const questionAnswerOperations: ResourceOperations = {
	create: createQuestionAnswer,
	getAll: getAllQuestionAnswers,
	update: updateQuestionAnswer,
};

export const questionAnswerDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['questionAnswer'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Answer a question', description: 'Add an answer to a question' },
			{ name: 'Get Many', value: 'getAll', action: 'Get answers to a question', description: 'List the answers to a question' },
			{ name: 'Update', value: 'update', action: 'Update an answer', description: 'Change an answer to a question' },
		],
		default: 'getAll',
	},
	...operationProperties('questionAnswer', questionAnswerOperations),
];
