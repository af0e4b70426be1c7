import { textProperty } from '../common/nestedRecords';
import { writeRecordOperation } from '../common/writeOperations';
import { QUESTION_TYPE, questionFields, questionKinds } from './questionFields';

export const createQuestion = writeRecordOperation({
	method: 'POST',
	collection: '/questions',
	type: QUESTION_TYPE,
	required: [{ attribute: 'text', property: textProperty('The question') }],
	fields: questionFields,
	kinds: questionKinds,
});
