import { createdAt, updatedAt } from '../common/queryProperties';
import { listRecordsOperation, STANDARD_PAGING } from '../common/recordOperations';
import { QUESTION_FILTER_FIELDS, questionIncludes } from './questionFields';

export const getAllQuestions = listRecordsOperation({
	path: '/questions',
	paging: STANDARD_PAGING,
	capHint: 'For all questions use Scroll (All Records).',
	filterFields: QUESTION_FILTER_FIELDS,
	sortFields: [createdAt, updatedAt],
	includes: questionIncludes,
});
