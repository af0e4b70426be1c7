import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/execute/inputError';
import { placeField, requiredText } from '../fields';
import { inputModeProperty, isKeyCrmOrderInput, keyCrmOrderProperties, presetOptions, readKeyCrmDropOff } from './keyCrmOrderInput';

const formOnly = { show: { inputMode: ['fields'] } };

/**
 * The order body Verify and Create share. The document names `pickup` (`place` or `external_place`),
 * `payment_type` and `drop_off` and folds the rest away. Inside, we follow the only real client of
 * this API found (a public PHP client): every address is an object `{address, latitude, longitude}`
 * and the recipient's phone is `client_phone`. `pickup.time` and `drop_off[].comment` are our own
 * assumptions. All of it lives in this file (evidence: docs/broniboy.md, "Order body").
 */
export const orderBodyProperties: INodeProperties[] = [
	inputModeProperty,
	{
		displayName: 'Pickup From',
		name: 'pickupSource',
		type: 'options',
		options: [
			{ name: 'One of My Places', value: 'place', description: 'A place registered in your Broniboy account' },
			{ name: 'Another Address', value: 'external', description: 'Any address, e.g. a warehouse not registered in Broniboy' },
		],
		default: 'place',
		description: 'Where the courier picks the order up',
	},
	placeField({ displayOptions: { show: { pickupSource: ['place'] } } }),
	{
		displayName: 'Pickup Address',
		name: 'pickupAddress',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Moscow, Lenina 1',
		displayOptions: { show: { pickupSource: ['external'] } },
		description: 'Full address the courier picks the order up from',
	},
	{
		displayName: 'Payment Type',
		name: 'paymentType',
		type: 'options',
		options: [
			{ name: 'Cash', value: 'cash', description: 'Pay the courier in cash' },
			{ name: 'B2B Account', value: 'b2b_account', description: 'Charge your Broniboy business account (by invoice)' },
		],
		default: 'cash',
		description: 'How you pay Broniboy for the delivery',
		displayOptions: formOnly,
	},
	{
		displayName: 'Delivery Address',
		name: 'dropOffAddress',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Moscow, Tverskaya 7, apt. 12',
		description: "The client's address the courier brings the order to",
		displayOptions: formOnly,
	},
	{
		displayName: 'Client Phone',
		name: 'clientPhone',
		type: 'string',
		default: '',
		placeholder: '+79001234567',
		description: 'Phone number the courier calls on arrival',
		displayOptions: formOnly,
	},
	...keyCrmOrderProperties,
	{
		displayName: 'Additional Fields',
		name: 'orderOptions',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: formOnly,
		options: [
			{ displayName: 'Comment for the Courier', name: 'comment', type: 'string', typeOptions: { rows: 2 }, default: '', description: 'Entrance, floor or door code, for example' },
			{ displayName: 'Delivery Latitude', name: 'dropOffLatitude', type: 'number', typeOptions: { numberPrecision: 6 }, default: 0, description: 'Latitude of the delivery address; set together with Delivery Longitude for an exact point' },
			{ displayName: 'Delivery Longitude', name: 'dropOffLongitude', type: 'number', typeOptions: { numberPrecision: 6 }, default: 0, description: 'Longitude of the delivery address' },
			{ displayName: 'Pickup Latitude', name: 'pickupLatitude', type: 'number', typeOptions: { numberPrecision: 6 }, default: 0, description: 'Latitude of the pickup address (only when picking up from another address)' },
			{ displayName: 'Pickup Longitude', name: 'pickupLongitude', type: 'number', typeOptions: { numberPrecision: 6 }, default: 0, description: 'Longitude of the pickup address (only when picking up from another address)' },
		],
	},
];

/** `{address, latitude, longitude}`; the two numbers only together, as valid coordinates. */
function addressObject(
	context: IExecuteFunctions,
	address: string,
	options: IDataObject,
	prefix: 'pickup' | 'dropOff',
	itemIndex: number,
): IDataObject {
	const latitude = options[`${prefix}Latitude`];
	const longitude = options[`${prefix}Longitude`];
	if (latitude === undefined && longitude === undefined) return { address };
	if (typeof latitude !== 'number' || typeof longitude !== 'number' || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
		const what = prefix === 'pickup' ? 'Pickup' : 'Delivery';
		throw inputError(context, `${what} Latitude and ${what} Longitude must be set together, as valid numbers`, itemIndex);
	}
	return { address, latitude, longitude };
}

/** `{pickup, payment_type, drop_off}` from the item's parameters; `pickupTime` is added for Create. */
export function buildOrderBody(context: IExecuteFunctions, itemIndex: number, pickupTime?: string): IDataObject {
	const preset = isKeyCrmOrderInput(context, itemIndex);
	const options = preset ? presetOptions(context, itemIndex) : (context.getNodeParameter('orderOptions', itemIndex, {}) as IDataObject);
	const pickup: IDataObject = {};
	if (context.getNodeParameter('pickupSource', itemIndex) === 'external') {
		const address = requiredText(context, 'pickupAddress', itemIndex, 'Pickup Address');
		pickup.external_place = { address: addressObject(context, address, options, 'pickup', itemIndex) };
	} else {
		pickup.place = requiredText(context, 'placeId', itemIndex, 'Place');
	}
	if (pickupTime !== undefined) pickup.time = pickupTime;
	if (preset) return { pickup, ...readKeyCrmDropOff(context, itemIndex) };

	const address = requiredText(context, 'dropOffAddress', itemIndex, 'Delivery Address');
	const dropOff: IDataObject = { address: addressObject(context, address, options, 'dropOff', itemIndex) };
	const phone = String(context.getNodeParameter('clientPhone', itemIndex, '') ?? '').trim();
	if (phone) dropOff.client_phone = phone;
	const comment = String(options.comment ?? '').trim();
	if (comment) dropOff.comment = comment;

	return { pickup, payment_type: context.getNodeParameter('paymentType', itemIndex) as string, drop_off: [dropOff] };
}
