import { getRecordOperation } from '../common/recordOperations';

export const getOrder = getRecordOperation({
	collection: '/orders',
	id: {
		name: 'orderId',
		displayName: 'Order ID or Number',
		description: "Aplaut's internal ID of the order, or the shop's order number",
	},
	includes: [
		{ value: 'consumer', name: 'Customer' },
		{ value: 'product', name: 'Products' },
	],
});
