import { nestedPath, NESTED_PAGING } from '../common/nestedRecords';
import { idProperty, listRecordsOperation } from '../common/recordOperations';
import { questionId } from '../question/questionFields';

export const getAllQuestionAnswers = listRecordsOperation({
	path: nestedPath('/questions', questionId, 'answers'),
	paging: NESTED_PAGING,
	leading: [idProperty(questionId)],
	includes: [{ value: 'author', name: 'Author' }],
});
