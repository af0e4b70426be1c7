import { nestedPath, replyFields, textProperty } from '../common/nestedRecords';
import { idProperty } from '../common/recordOperations';
import { writeRecordOperation } from '../common/writeOperations';
import { questionId } from '../question/questionFields';

export const createQuestionAnswer = writeRecordOperation({
	method: 'POST',
	collection: '/questions',
	path: nestedPath('/questions', questionId, 'answers'),
	type: 'answers',
	leading: [idProperty(questionId)],
	required: [{ attribute: 'text', property: textProperty('The answer') }],
	fields: replyFields,
});
