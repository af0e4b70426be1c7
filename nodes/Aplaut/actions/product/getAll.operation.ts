import { createdAt, updatedAt } from '../common/queryProperties';
import { listRecordsOperation, STANDARD_PAGING } from '../common/recordOperations';
import { productFilterFields, productIncludes } from './productFields';

export const getAllProducts = listRecordsOperation({
	path: '/products',
	paging: STANDARD_PAGING,
	filterFields: productFilterFields,
	sortFields: [createdAt, updatedAt],
	includes: productIncludes,
});
