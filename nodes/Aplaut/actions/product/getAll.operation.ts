import { createdAt, updatedAt } from '../common/queryProperties';
import { listRecordsOperation, STANDARD_PAGING } from '../common/recordOperations';
import { productFilterFields, productIncludes } from './productFields';

export const getAllProducts = listRecordsOperation({
	path: '/products',
	paging: STANDARD_PAGING,
	capHint: 'For the whole catalogue use Scroll (All Records) or an Export Task.',
	filterFields: productFilterFields,
	sortFields: [createdAt, updatedAt],
	includes: productIncludes,
});
