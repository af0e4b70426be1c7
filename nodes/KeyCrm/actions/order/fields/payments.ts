import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { byDisplayName } from '../../common/byDisplayName';

const STATUS_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Canceled', value: 'canceled', description: 'The payment was called off' },
	{ name: 'Not Paid', value: 'not_paid', description: 'Expected but not received yet' },
	{ name: 'Paid', value: 'paid', description: 'The money was received' },
];

/** Payment statuses as KeyCRM's schemas list them (the order-script article's "refund" is in none). */
export function paymentStatusField(defaultStatus = 'paid'): INodeProperties {
	return {
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: STATUS_OPTIONS,
		default: defaultStatus,
		description: 'State of the payment',
	};
}

/** One payment: method from the list or by name, amount, status, note and date. */
export function paymentFields(): INodeProperties[] {
	return [
		{
			displayName: 'Payment Method Name or ID',
			name: 'payment_method_id',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getPaymentMethods' },
			default: '',
			description:
				'How the buyer paid. Leave empty to give the method by name below. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Payment Method by Name',
			name: 'payment_method',
			type: 'string',
			default: '',
			placeholder: 'Apple Pay',
			description: 'Name of the payment method, used when none is picked from the list',
		},
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'Sum of the payment',
		},
		paymentStatusField(),
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'Note about the payment, e.g. "advance payment"',
		},
		{
			displayName: 'Payment Date',
			name: 'payment_date',
			type: 'dateTime',
			default: '',
			description: "When it was paid, in the workflow's time zone unless the value has its own offset; empty means now",
		},
	];
}

export const newPaymentsField: INodeProperties = {
	displayName: 'Payments',
	name: 'payments',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add payment',
	default: {},
	description: 'Payments already made or expected for this order',
	options: [{ displayName: 'Payment', name: 'payment', values: byDisplayName(paymentFields()) }],
};
