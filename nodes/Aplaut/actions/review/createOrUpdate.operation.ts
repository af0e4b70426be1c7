import { writeRecordOperation } from '../common/writeOperations';
import {
	bodyProperty,
	ignoreInvalidPhotosProperty,
	ratingProperty,
	readPhotoMeta,
	REVIEW_TYPE,
	reviewFields,
	reviewId,
	reviewKinds,
} from './reviewFields';

export const createOrUpdateReview = writeRecordOperation({
	method: 'PUT',
	collection: '/reviews',
	type: REVIEW_TYPE,
	id: { ...reviewId, description: `${reviewId.description}. If no review has it, one is created with this external ID.` },
	notice: 'Creates the review when the ID is unknown, else updates it. Custom attributes are merged; a new review needs Rating and Text.',
	fields: [
		{ ...ratingProperty, required: false },
		{ ...bodyProperty, required: false },
		...reviewFields.filter((entry) => entry.name !== 'external_id'),
	],
	fieldsLabel: 'Fields',
	kinds: reviewKinds,
	metaProperties: [ignoreInvalidPhotosProperty],
	readMeta: readPhotoMeta,
});
