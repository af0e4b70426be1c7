import { nestedPath, replyFields, textProperty } from '../common/nestedRecords';
import { idProperty } from '../common/recordOperations';
import { writeRecordOperation } from '../common/writeOperations';
import { reviewId } from '../review/reviewFields';

export const createReviewComment = writeRecordOperation({
	method: 'POST',
	collection: '/reviews',
	path: nestedPath('/reviews', reviewId, 'comments'),
	type: 'comments',
	leading: [idProperty(reviewId)],
	required: [{ attribute: 'text', property: textProperty("The comment, e.g. the shop's reply to the review") }],
	fields: replyFields,
});
