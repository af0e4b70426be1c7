import { deleteRecordOperation } from '../common/recordOperations';

export const deleteOrder = deleteRecordOperation({
	collection: '/orders',
	id: {
		name: 'orderId',
		displayName: 'Order ID or Number',
		description: "Aplaut's internal ID of the order, or the shop's order number",
	},
});
