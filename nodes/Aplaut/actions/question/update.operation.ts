import { field, writeRecordOperation } from '../common/writeOperations';
import { QUESTION_TYPE, questionFields, questionId, questionKinds } from './questionFields';

export const updateQuestion = writeRecordOperation({
	method: 'PUT',
	collection: '/questions',
	type: QUESTION_TYPE,
	id: { ...questionId, description: `${questionId.description}. If no question has it, one is created with this external ID.` },
	fields: [field.text('text', 'Text', 'The question', { typeOptions: { rows: 3 } }), ...questionFields.filter((entry) => entry.name !== 'external_id')],
	fieldsLabel: 'Update Fields',
	kinds: questionKinds,
});
