import { nestedPath, parentProperty, replyFields, textProperty } from '../common/nestedRecords';
import { writeRecordOperation } from '../common/writeOperations';
import { questionId } from '../question/questionFields';

export const createQuestionAnswer = writeRecordOperation({
	method: 'POST',
	collection: '/questions',
	path: nestedPath('/questions', questionId, 'answers'),
	type: 'answers',
	leading: [parentProperty(questionId)],
	required: [{ attribute: 'text', property: textProperty('The answer') }],
	fields: replyFields,
});
