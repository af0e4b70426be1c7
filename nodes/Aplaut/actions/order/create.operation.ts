import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { readId, recordPath, sendRecord } from '../common/recordOperations';
import { simplifyProperty } from '../common/queryProperties';
import {
	additionalFieldsProperty,
	consumerProperties,
	detailsProperty,
	ORDER_NUMBER,
	ORDER_TYPE,
	orderLinesProperties,
	orderNumberProperty,
	readOrderAttributes,
} from './orderFields';

const properties: INodeProperties[] = [
	orderNumberProperty("The shop's order number; Aplaut refuses a number it already has"),
	...consumerProperties,
	...orderLinesProperties('Products bought; reviews are requested for each of them', true),
	detailsProperty('Order attributes your campaigns use: at least the payment and delivery statuses'),
	additionalFieldsProperty,
	{
		displayName: 'If the Order Exists',
		name: 'ifExists',
		type: 'options',
		options: [
			{ name: 'Fail the Item', value: 'error', description: 'Report that Aplaut already has this order number' },
			{
				name: 'Update It',
				value: 'update',
				description: 'Send the same data as an update: details are merged, order lines replaced',
			},
		],
		default: 'error',
		description: 'What to do when Aplaut answers that the order number is already taken',
	},
	simplifyProperty,
];

/** Aplaut's 422 for a duplicate: `details: {number: ["is already taken"]}`. */
function isDuplicateNumber(error: unknown): boolean {
	if (!(error instanceof NodeApiError) || error.httpCode !== '422') return false;
	const fieldErrors = (error.errorResponse as IDataObject | undefined)?.fieldErrors as IDataObject | undefined;
	const messages = fieldErrors?.number;
	return (Array.isArray(messages) ? messages : [messages]).some((entry) => /already taken/i.test(String(entry ?? '')));
}

export const createOrder: Operation = {
	resend: 'unsafe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const number = readId(this, itemIndex, ORDER_NUMBER);
		const attributes = { number, ...readOrderAttributes(this, itemIndex) };
		const created = await sendRecord
			.call(this, itemIndex, { method: 'POST', path: '/orders', type: ORDER_TYPE, attributes })
			.then((records) => ({ records }), (error: unknown) => ({ error }));
		if ('records' in created) return created.records;
		const failure = created.error;
		if (!isDuplicateNumber(failure)) throw failure;
		if (this.getNodeParameter('ifExists', itemIndex, 'error') === 'update') {
			// The number is in the path; the rest is sent as an update (details merged, lines replaced).
			const changes = { ...attributes } as IDataObject;
			delete changes.number;
			return await sendRecord.call(this, itemIndex, {
				method: 'PUT',
				path: recordPath('/orders', number),
				type: ORDER_TYPE,
				attributes: changes,
			});
		}
		const duplicate = failure as NodeApiError;
		duplicate.message = `Aplaut already has an order with number "${number}"`;
		duplicate.description = `The order number is already taken. Use the "Create or Update" operation, or set "If the Order Exists" to "Update It". ${duplicate.description ?? ''}`.trim();
		throw duplicate;
	},
};
