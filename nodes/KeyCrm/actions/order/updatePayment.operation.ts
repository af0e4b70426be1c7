import type { Operation } from '../../../shared/execute/router';
import { moneyEntryUpdate } from './moneyEntry';
import { paymentStatusField } from './fields/payments';

export const updatePayment: Operation = moneyEntryUpdate(
	'payment',
	{
		displayName: 'Payment ID',
		name: 'paymentId',
		type: 'number',
		required: true,
		default: 0,
		description: 'ID of the payment in the order (see the order with Include → Payments)',
	},
	[
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'Replaces the note of the payment',
		},
		paymentStatusField(),
	],
);
