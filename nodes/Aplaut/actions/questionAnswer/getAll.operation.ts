import { nestedPath, NESTED_PAGING, parentProperty } from '../common/nestedRecords';
import { listRecordsOperation } from '../common/recordOperations';
import { questionId } from '../question/questionFields';

export const getAllQuestionAnswers = listRecordsOperation({
	path: nestedPath('/questions', questionId, 'answers'),
	paging: NESTED_PAGING,
	leading: [parentProperty(questionId)],
	includes: [{ value: 'author', name: 'Author' }],
});
