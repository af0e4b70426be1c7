import { nestedPath, NESTED_PAGING } from '../common/nestedRecords';
import { idProperty, listRecordsOperation } from '../common/recordOperations';
import { reviewId } from '../review/reviewFields';

export const getAllReviewComments = listRecordsOperation({
	path: nestedPath('/reviews', reviewId, 'comments'),
	paging: NESTED_PAGING,
	leading: [idProperty(reviewId)],
	includes: [{ value: 'author', name: 'Author' }],
});
