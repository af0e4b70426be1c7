import type { INodeProperties } from 'n8n-workflow';

export const orderIdProperty: INodeProperties = {
	displayName: 'Order ID',
	name: 'orderId',
	type: 'number',
	required: true,
	default: 0,
	typeOptions: { minValue: 1 },
	description: 'ID of the order in Botobot (the "ID" field of the new-order callback)',
};
