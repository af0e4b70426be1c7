import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { assertNoProblems } from '../../../shared/execute/inputError';
import { isRecord } from '../../../shared/handover/keyCrmOrder';
import { broniboyOrderFromKeyCrmOrder, type DropOffOverrides, type PaymentType } from '../../helpers/fromKeyCrmOrder';

export const KEYCRM_ORDER_INPUT = 'keyCrmOrder';

/** "Form" (every field typed or mapped here) or a preset that maps the incoming KeyCRM order. */
export const inputModeProperty: INodeProperties = {
	displayName: 'Input',
	name: 'inputMode',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Form', value: 'fields', description: 'Fill in the delivery field by field' },
		{
			name: 'From a KeyCRM Order',
			value: KEYCRM_ORDER_INPUT,
			description: 'Each item is a KeyCRM order (KeyCRM Trigger, KeyCRM Poll Trigger, Order → Get / Get Many) with its shipping and buyer',
		},
	],
	default: 'fields',
	description: 'Where the delivery data comes from',
};

const show = { show: { inputMode: [KEYCRM_ORDER_INPUT] } };

const paymentTypeOptions = [
	{ name: 'Cash', value: 'cash', description: 'Pay the courier in cash' },
	{ name: 'B2B Account', value: 'b2b_account', description: 'Charge your Broniboy business account (by invoice)' },
];

const coordinate = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { numberPrecision: 6 },
	default: 0,
	description,
});

/** The preset's settings; every mapped field can be overridden. */
export const keyCrmOrderProperties: INodeProperties[] = [
	{
		displayName:
			'Maps each KeyCRM order: delivery address = its shipping city, street or pick-up point and extra line; client phone = the recipient\'s (else the buyer\'s); comment = the recipient\'s name, the buyer\'s comment and "KeyCRM #&lt;order ID&gt; · Botobot #&lt;source UUID&gt;", which Botobot\'s "From a Broniboy Delivery" reads back. Read the order with Include "Buyer" and "Shipping Delivery Service". After a Verify, a Create maps the same KeyCRM order (Verify passes it on as keyCrmOrder).',
		name: 'keyCrmOrderNotice',
		type: 'notice',
		default: '',
		displayOptions: show,
	},
	{
		displayName: 'Payment Type When Paid',
		name: 'paymentTypeWhenPaid',
		type: 'options',
		options: paymentTypeOptions,
		default: 'b2b_account',
		description: 'How you pay Broniboy when the KeyCRM order is paid (payment status Paid or Overpaid)',
		displayOptions: show,
	},
	{
		displayName: 'Payment Type When Not Paid',
		name: 'paymentTypeWhenNotPaid',
		type: 'options',
		options: paymentTypeOptions,
		default: 'cash',
		description: 'How you pay Broniboy when the KeyCRM order is not (fully) paid (payment status Not Paid or Partly Paid)',
		displayOptions: show,
	},
	{
		displayName: 'Override Mapped Fields',
		name: 'overrides',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Values that replace what the preset maps from the KeyCRM order',
		displayOptions: show,
		options: [
			{ displayName: 'Client Phone', name: 'clientPhone', type: 'string', default: '', placeholder: '+79001234567', description: 'Phone number the courier calls on arrival' },
			{ displayName: 'Comment for the Courier', name: 'comment', type: 'string', typeOptions: { rows: 2 }, default: '', description: "Instead of the buyer's comment; the order reference is added all the same" },
			{ displayName: 'Delivery Address', name: 'address', type: 'string', default: '', placeholder: 'Moscow, Tverskaya 7, apt. 12', description: 'Full delivery address' },
			coordinate('latitude', 'Delivery Latitude', 'Latitude of the delivery address (KeyCRM keeps none); set together with Delivery Longitude'),
			coordinate('longitude', 'Delivery Longitude', 'Longitude of the delivery address'),
			coordinate('pickupLatitude', 'Pickup Latitude', 'Latitude of the pickup address (only when picking up from another address)'),
			coordinate('pickupLongitude', 'Pickup Longitude', 'Longitude of the pickup address (only when picking up from another address)'),
			{ displayName: 'Recipient Name', name: 'recipientName', type: 'string', default: '', description: 'Who receives the order, written into the comment' },
		],
	},
];

export const isKeyCrmOrderInput = (context: IExecuteFunctions, itemIndex: number) =>
	context.getNodeParameter('inputMode', itemIndex, 'fields') === KEYCRM_ORDER_INPUT;

/** The KeyCRM order of an item: the item itself, or the one a Verify before it passed on. */
export function keyCrmOrderOf(json: IDataObject | undefined): IDataObject | undefined {
	return isRecord(json?.keyCrmOrder) ? (json.keyCrmOrder as IDataObject) : json;
}

/** The pickup coordinates the preset's overrides carry (the form keeps them in Additional Fields). */
export function presetOptions(context: IExecuteFunctions, itemIndex: number): IDataObject {
	return context.getNodeParameter('overrides', itemIndex, {}) as IDataObject;
}

/** `{payment_type, drop_off}` from the item's KeyCRM order; fails the item, naming every missing field. */
export function readKeyCrmDropOff(context: IExecuteFunctions, itemIndex: number): { payment_type: PaymentType; drop_off: IDataObject[] } {
	const mapped = broniboyOrderFromKeyCrmOrder(keyCrmOrderOf(context.getInputData()[itemIndex]?.json), {
		paymentTypeWhenPaid: context.getNodeParameter('paymentTypeWhenPaid', itemIndex, 'b2b_account') as PaymentType,
		paymentTypeWhenNotPaid: context.getNodeParameter('paymentTypeWhenNotPaid', itemIndex, 'cash') as PaymentType,
		overrides: presetOptions(context, itemIndex) as DropOffOverrides,
	});
	assertNoProblems(context, mapped.problems ?? [], itemIndex, 'Broniboy');
	return mapped as { payment_type: PaymentType; drop_off: IDataObject[] };
}
