import { deleteRecordOperation } from '../common/recordOperations';
import { reviewId } from './reviewFields';

export const deleteReview = deleteRecordOperation({ collection: '/reviews', id: reviewId });
