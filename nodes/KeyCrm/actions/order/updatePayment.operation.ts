import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { readChanges } from './fields/money';
import { orderIdField, orderPath } from './fields/orderId';
import { paymentStatusField } from './fields/payments';

const properties: INodeProperties[] = [
	orderIdField,
	{
		displayName: 'Payment ID',
		name: 'paymentId',
		type: 'number',
		required: true,
		default: 0,
		description: 'ID of the payment in the order (see the order with Include → Payments)',
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add field to update',
		default: {},
		options: [
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				default: '',
				description: 'Replaces the note of the payment',
			},
			paymentStatusField(false),
		],
	},
];

export const updatePayment: Operation = {
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const body = readChanges(this, itemIndex);
		const paymentId = this.getNodeParameter('paymentId', itemIndex) as number;
		return await keyCrmRequest.call(this, 'PUT', orderPath(this, itemIndex, 'payment', paymentId), { body }, itemIndex);
	},
};
