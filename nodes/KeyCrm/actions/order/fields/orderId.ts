import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

export const orderIdField: INodeProperties = {
	displayName: 'Order ID',
	name: 'orderId',
	type: 'number',
	required: true,
	default: 0,
	description: 'ID of the order in KeyCRM',
};

/** `/order/{id}` plus an optional tail such as `/payment/7`. */
export function orderPath(context: IExecuteFunctions, itemIndex: number, ...tail: Array<string | number>): string {
	const orderId = context.getNodeParameter('orderId', itemIndex) as number;
	return ['/order', orderId, ...tail].map((part, index) => (index === 0 ? part : encodeURIComponent(String(part)))).join('/');
}
