import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { assertNoProblems } from '../../../shared/execute/inputError';
import { compact, pairsToObject, shapeAttributes } from '../../helpers/attributes';
import { aplautOrderFromKeyCrmOrder, type AplautOrderOverrides, type ProductIdFrom } from '../../helpers/fromKeyCrmOrder';
import { asInputError } from '../common/readQuery';

export const KEYCRM_ORDER_INPUT = 'keyCrmOrder';

/** "Form" (every field typed or mapped here) or a preset that maps the incoming KeyCRM order. */
export const inputModeProperty: INodeProperties = {
	displayName: 'Input',
	name: 'inputMode',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Form', value: 'fields', description: 'Fill in the order field by field' },
		{
			name: 'From a KeyCRM Order',
			value: KEYCRM_ORDER_INPUT,
			description: 'Each item is a KeyCRM order (KeyCRM Trigger, KeyCRM Poll Trigger, Order → Get / Get Many) with its buyer and products',
		},
	],
	default: 'fields',
	description: 'Where the order data comes from',
};

const show = { show: { inputMode: [KEYCRM_ORDER_INPUT] } };

/** The preset's settings; every mapped field can be overridden. */
export const keyCrmOrderProperties: INodeProperties[] = [
	{
		displayName:
			'Maps each KeyCRM order: number = its ID, customer = its buyer (name, email, phone), created = its order date, details = its payment status (and shipping status), order lines = its products (name, price sold). Read the order with Include "Buyer" and "Products With Offer".',
		name: 'keyCrmOrderNotice',
		type: 'notice',
		default: '',
		displayOptions: show,
	},
	{
		displayName: 'Product IDs From',
		name: 'productIdFrom',
		type: 'options',
		options: [
			{ name: 'KeyCRM SKU', value: 'sku', description: "The product's SKU (article), when your YML feed's offer IDs are the SKUs" },
			{ name: 'KeyCRM Product ID', value: 'productId', description: "KeyCRM's catalogue product ID, when your YML feed is KeyCRM's own export" },
		],
		default: 'sku',
		description: 'What becomes the product_id of each order line; it must equal offer.ID in the YML feed connected to Aplaut',
		displayOptions: show,
	},
	{
		displayName: 'Order Number Prefix',
		name: 'numberPrefix',
		type: 'string',
		default: '',
		placeholder: 'e.g. keycrm-',
		description: 'Put before the KeyCRM order ID to form the Aplaut order number (e.g. when several shops feed one Aplaut account)',
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
			{ displayName: 'Created At', name: 'created_at', type: 'dateTime', default: '', description: 'When the order was placed' },
			{ displayName: 'Customer Email', name: 'consumer_email', type: 'string', placeholder: 'name@email.com', default: '', description: 'Where Aplaut sends the review request' },
			{ displayName: 'Customer Name', name: 'consumer_name', type: 'string', default: '', description: 'Full name of the buyer' },
			{ displayName: 'Customer Phone', name: 'consumer_phone', type: 'string', default: '', description: "Buyer's phone number" },
			{ displayName: 'Order Number', name: 'number', type: 'string', default: '', description: 'The Aplaut order number instead of prefix + KeyCRM order ID' },
			{ displayName: 'Updated At', name: 'updated_at', type: 'dateTime', default: '', description: 'When the order last changed' },
		],
	},
];

/** Shows the form's own fields only in form mode. */
export function formOnly(properties: INodeProperties[]): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: { ...property.displayOptions, show: { ...property.displayOptions?.show, inputMode: ['fields'] } },
	}));
}

export const isKeyCrmOrderInput = (context: IExecuteFunctions, itemIndex: number) =>
	context.getNodeParameter('inputMode', itemIndex, 'fields') === KEYCRM_ORDER_INPUT;

/** The item's KeyCRM order as Aplaut's order number and attributes; fails the item, naming every missing field. */
export function readKeyCrmOrder(context: IExecuteFunctions, itemIndex: number): { number: string; attributes: IDataObject } {
	const { extra, ...namedDetails } = context.getNodeParameter('details', itemIndex, {}) as IDataObject;
	const details = compact({ ...pairsToObject((extra as { pairs?: Array<{ key?: string; value?: string }> } | undefined)?.pairs), ...namedDetails });
	const overrides = asInputError(context, itemIndex, () =>
		shapeAttributes(context.getNodeParameter('overrides', itemIndex, {}) as IDataObject, { created_at: 'date', updated_at: 'date' }, context.getTimezone()),
	) as AplautOrderOverrides;
	const mapped = aplautOrderFromKeyCrmOrder(context.getInputData()[itemIndex]?.json, {
		productIdFrom: context.getNodeParameter('productIdFrom', itemIndex, 'sku') as ProductIdFrom,
		numberPrefix: String(context.getNodeParameter('numberPrefix', itemIndex, '') ?? '').trim(),
		overrides: { ...overrides, details },
	});
	assertNoProblems(context, mapped.problems ?? [], itemIndex, 'Aplaut');
	const { number, attributes } = mapped as { number: string; attributes: IDataObject };
	return { number, attributes };
}
