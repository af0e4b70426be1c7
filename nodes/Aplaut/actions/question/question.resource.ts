import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { createQuestion } from './create.operation';
import { deleteQuestion } from './delete.operation';
import { getQuestion } from './get.operation';
import { getAllQuestions } from './getAll.operation';
import { updateQuestion } from './update.operation';

const entries: OperationEntry[] = [
	{ value: 'create', name: 'Create', action: 'Create a question', description: 'Import a question', operation: createQuestion },
	{ value: 'delete', name: 'Delete', action: 'Delete a question', description: 'Delete a question', operation: deleteQuestion },
	{ value: 'get', name: 'Get', action: 'Get a question', description: 'Get one question by ID', operation: getQuestion },
	{ value: 'getAll', name: 'Get Many', action: 'Get many questions', description: 'List questions', operation: getAllQuestions },
	{
		value: 'update',
		name: 'Update',
		action: 'Update a question',
		description: 'Change a question; an unknown ID creates one (PUT), which then needs every required field',
		operation: updateQuestion,
	},
];

export const questionDescription = resourceDescription('question', entries, 'get');
export const questionOperations = operationsOf(entries);
