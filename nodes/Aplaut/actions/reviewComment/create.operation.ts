import { nestedPath, parentProperty, replyFields, textProperty } from '../common/nestedRecords';
import { writeRecordOperation } from '../common/writeOperations';
import { reviewId } from '../review/reviewFields';

export const createReviewComment = writeRecordOperation({
	method: 'POST',
	collection: '/reviews',
	path: nestedPath('/reviews', reviewId, 'comments'),
	type: 'comments',
	leading: [parentProperty(reviewId)],
	required: [{ attribute: 'text', property: textProperty("The comment, e.g. the shop's reply to the review") }],
	fields: replyFields,
});
