import { getRecordOperation } from '../common/recordOperations';
import { ORDER_ID } from './orderFields';

export const getOrder = getRecordOperation({
	collection: '/orders',
	id: ORDER_ID,
	includes: [
		{ value: 'consumer', name: 'Customer' },
		{ value: 'product', name: 'Products' },
	],
});
