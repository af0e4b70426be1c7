import { createdAt, updatedAt } from '../common/queryProperties';
import { listRecordsOperation } from '../common/recordOperations';
import { reviewIncludes } from './reviewFields';

export const REVIEW_FILTER_FIELDS = [
	{ value: 'rating', name: 'Rating', operators: 'eq, neq, gt, gte, lt, lte (1–5)' },
	{ value: 'state', name: 'Moderation State', operators: 'eq, neq (published, waiting, banned, held)' },
	{ value: 'product_id', name: 'Product ID', operators: 'eq' },
	{ value: 'context_type', name: 'About', operators: 'eq, neq (store, product, category, brand)' },
	createdAt,
	updatedAt,
];

export const getAllReviews = listRecordsOperation({
	path: '/reviews',
	paging: { pageCap: 500, perPageMin: 5, perPageMax: 25 },
	capHint: 'For all reviews use Scroll (All Records) or an Export Task.',
	filterFields: REVIEW_FILTER_FIELDS,
	sortFields: [createdAt, updatedAt, { value: 'rating', name: 'Rating' }],
	includes: reviewIncludes,
});
