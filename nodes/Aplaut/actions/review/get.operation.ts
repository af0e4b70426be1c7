import { getRecordOperation } from '../common/recordOperations';
import { reviewId, reviewIncludes } from './reviewFields';

export const getReview = getRecordOperation({ collection: '/reviews', id: reviewId, includes: reviewIncludes });
