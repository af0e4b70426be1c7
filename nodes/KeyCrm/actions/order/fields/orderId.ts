import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../../shared/execute/inputError';
export const orderIdField: INodeProperties = {
	displayName: 'Order ID',
	name: 'orderId',
	type: 'number',
	required: true,
	default: 0,
	description: 'ID of the order in KeyCRM',
};

/** A KeyCRM ID parameter; an empty or odd value (0, "abc", 1.5) fails the item before sending. */
export function requiredId(context: IExecuteFunctions, name: string, itemIndex: number, label: string): number {
	const raw = context.getNodeParameter(name, itemIndex) as unknown;
	const id = typeof raw === 'string' && raw.trim() === '' ? NaN : Number(raw);
	if (!Number.isInteger(id) || id <= 0) {
		throw inputError(context, `${label} must be a positive whole number, not "${String(raw)}"`, itemIndex);
	}
	return id;
}

/** `/order/{id}` plus an optional tail such as `/payment/7`. */
export function orderPath(context: IExecuteFunctions, itemIndex: number, ...tail: Array<string | number>): string {
	const orderId = requiredId(context, 'orderId', itemIndex, 'Order ID');
	return ['/order', orderId, ...tail].map((part, index) => (index === 0 ? part : encodeURIComponent(String(part)))).join('/');
}
