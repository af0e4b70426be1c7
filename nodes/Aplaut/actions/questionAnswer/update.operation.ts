import { idProperty } from '../common/recordOperations';
import { field, writeRecordOperation } from '../common/writeOperations';
import { nestedPath, replyFields } from '../common/nestedRecords';
import { questionId } from '../question/questionFields';

// The spec gives only the question's ID in the path; the answer is named by `data.id` in the body.
export const updateQuestionAnswer = writeRecordOperation({
	method: 'PUT',
	collection: '/questions',
	path: nestedPath('/questions', questionId, 'answers'),
	type: 'answers',
	leading: [idProperty(questionId)],
	documentId: { name: 'answerId', displayName: 'Answer ID', description: "Aplaut's ID of the answer to change" },
	fields: [field.text('text', 'Text', 'The answer', { typeOptions: { rows: 3 } }), ...replyFields],
	fieldsLabel: 'Update Fields',
});
