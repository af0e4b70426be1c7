import { createdAt, updatedAt } from '../common/queryProperties';
import { listRecordsOperation, STANDARD_PAGING } from '../common/recordOperations';

export const getAllOrders = listRecordsOperation({
	path: '/orders',
	paging: STANDARD_PAGING,
	capHint: 'Narrow the Created At / Updated At filter to reach older orders.',
	filterFields: [createdAt, updatedAt],
	sortFields: [createdAt, updatedAt],
	includes: [
		{ value: 'consumer', name: 'Customer' },
		{ value: 'product', name: 'Products' },
	],
});
