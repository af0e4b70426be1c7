import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { createQuestionAnswer } from './create.operation';
import { getAllQuestionAnswers } from './getAll.operation';
import { updateQuestionAnswer } from './update.operation';

const entries: OperationEntry[] = [
	{ value: 'create', name: 'Create', action: 'Answer a question', description: 'Add an answer to a question', operation: createQuestionAnswer },
	{ value: 'getAll', name: 'Get Many', action: 'Get answers to a question', description: 'List the answers to a question', operation: getAllQuestionAnswers },
	{ value: 'update', name: 'Update', action: 'Update an answer', description: 'Change an answer to a question', operation: updateQuestionAnswer },
];

export const questionAnswerDescription = resourceDescription('questionAnswer', entries, 'getAll');
export const questionAnswerOperations = operationsOf(entries);
