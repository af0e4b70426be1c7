import { nestedPath, NESTED_PAGING, parentProperty } from '../common/nestedRecords';
import { listRecordsOperation } from '../common/recordOperations';
import { reviewId } from '../review/reviewFields';

export const getAllReviewComments = listRecordsOperation({
	path: nestedPath('/reviews', reviewId, 'comments'),
	paging: NESTED_PAGING,
	leading: [parentProperty(reviewId)],
	includes: [{ value: 'author', name: 'Author' }],
});
