import { writeRecordOperation } from '../common/writeOperations';
import {
	bodyProperty,
	ignoreInvalidPhotosProperty,
	ratingProperty,
	readPhotoMeta,
	REVIEW_TYPE,
	reviewFields,
	reviewKinds,
} from './reviewFields';

export const createReview = writeRecordOperation({
	method: 'POST',
	collection: '/reviews',
	type: REVIEW_TYPE,
	required: [
		{ attribute: 'rating', property: ratingProperty },
		{ attribute: 'body', property: bodyProperty },
	],
	fields: reviewFields,
	kinds: reviewKinds,
	metaProperties: [ignoreInvalidPhotosProperty],
	readMeta: readPhotoMeta,
});
