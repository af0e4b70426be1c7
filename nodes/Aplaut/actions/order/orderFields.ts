import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { compact, pairsToObject, shapeAttributes } from '../../helpers/attributes';
import { linesFromJson, linesFromRows } from '../../helpers/orderLines';
import { asInputError } from '../common/readQuery';
import type { IdParameter } from '../common/recordOperations';

export const ORDER_TYPE = 'orders';

export const ORDER_ID: IdParameter = {
	name: 'orderId',
	displayName: 'Order ID or Number',
	description: "Aplaut's internal ID of the order, or the shop's order number",
};

export const ORDER_NUMBER = { name: 'number', displayName: 'Order Number' };

export const orderNumberProperty = (description: string): INodeProperties => ({
	displayName: 'Order Number',
	name: 'number',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. order-number-1386',
	description,
});

export const consumerProperties: INodeProperties[] = [
	{
		displayName: 'Customer Name',
		name: 'consumerName',
		type: 'string',
		required: true,
		default: '',
		description: 'Full name of the buyer; Aplaut uses it in review requests',
	},
	{
		displayName: 'Customer Email',
		name: 'consumerEmail',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		description: 'Where Aplaut sends the review request',
	},
];

const lineValues: INodeProperties[] = [
	{
		displayName: 'Product ID',
		name: 'product_id',
		type: 'string',
		required: true,
		default: '',
		description:
			'Must equal offer.ID of this product in the YML feed (product catalogue) connected to Aplaut, otherwise reviews cannot be matched to the product',
	},
	{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Product name as the buyer saw it' },
	{
		displayName: 'Price',
		name: 'price',
		type: 'number',
		typeOptions: { numberPrecision: 2, minValue: 0 },
		default: 0,
		description: 'Price paid for the product. Leave 0 to send no price.',
	},
];

/** Order lines as rows in the UI, or as JSON for a number of products known only at run time. */
export const orderLinesProperties = (description: string, required = false): INodeProperties[] => [
	{
		displayName: 'Order Lines Input',
		name: 'orderLinesSource',
		type: 'options',
		options: [
			{ name: 'Fields', value: 'fields', description: 'One row per product, entered here' },
			{ name: 'JSON', value: 'json', description: "An array built from the previous node's data, e.g. a CRM order's products" },
		],
		default: 'fields',
		description: 'How the products of the order are given',
	},
	{
		displayName: 'Order Lines',
		name: 'orderLines',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Product',
		required,
		displayOptions: { show: { orderLinesSource: ['fields'] } },
		default: {},
		description,
		options: [{ name: 'lines', displayName: 'Product', values: lineValues }],
	},
	{
		displayName: 'Order Lines (JSON)',
		name: 'orderLinesJson',
		type: 'json',
		required,
		displayOptions: { show: { orderLinesSource: ['json'] } },
		default: '[]',
		placeholder: '[{"product_id": "45", "name": "Boots", "price": 6800}]',
		description: `${description}. An array of {product_id, name, price}; product_id must equal offer.ID in your YML feed.`,
	},
];

export const detailsProperty = (description: string): INodeProperties => ({
	displayName: 'Details',
	name: 'details',
	type: 'collection',
	placeholder: 'Add Detail',
	default: {},
	description,
	options: [
		{
			displayName: 'Extra Details',
			name: 'extra',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Detail',
			default: {},
			description: 'Any other key/value your review campaigns segment on (delivery method, store, …)',
			options: [
				{
					name: 'pairs',
					displayName: 'Detail',
					values: [
						{ displayName: 'Key', name: 'key', type: 'string', default: '', description: 'Name of the detail' },
						{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'Its value' },
					],
				},
			],
		},
		{
			displayName: 'Fulfillment Status',
			name: 'fulfillment_status',
			type: 'string',
			default: '',
			placeholder: 'e.g. packed, delivered',
			description: 'Delivery status in your shop. Aplaut recommends sending it: campaigns usually start after delivery.',
		},
		{
			displayName: 'Payment Status',
			name: 'payment_status',
			type: 'string',
			default: '',
			placeholder: 'e.g. paid, not-paid',
			description: 'Payment status in your shop. Aplaut recommends sending it.',
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'string',
			default: '',
			placeholder: 'e.g. 74',
			description: "Buyer's region (code or name), for campaigns per region",
		},
	],
});

const timeAndPhone: INodeProperties[] = [
	{ displayName: 'Created At', name: 'created_at', type: 'dateTime', default: '', description: 'When the order was placed in your shop' },
	{ displayName: 'Customer Phone', name: 'consumer_phone', type: 'string', default: '', description: "Buyer's phone number" },
	{ displayName: 'Updated At', name: 'updated_at', type: 'dateTime', default: '', description: 'When the order last changed in your shop' },
];

export const additionalFieldsProperty: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: timeAndPhone,
};

export const updateFieldsProperty: INodeProperties = {
	displayName: 'Update Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	description: 'Only the fields you add are changed',
	options: ([
		...timeAndPhone,
		{ displayName: 'Customer Email', name: 'consumer_email', type: 'string', placeholder: 'name@email.com', default: '', description: 'Where Aplaut sends the review request' },
		{ displayName: 'Customer Name', name: 'consumer_name', type: 'string', default: '', description: 'Full name of the buyer' },
	] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName)),
};

const ORDER_DATES = { created_at: 'date', updated_at: 'date' } as const;

type LineRow = { product_id?: string; name?: string; price?: number };

/** The order's attributes from whichever of the order properties the operation shows. */
export function readOrderAttributes(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const get = <T>(name: string, fallback: T) => context.getNodeParameter(name, itemIndex, fallback) as T;
	const { extra, ...namedDetails } = get<IDataObject>('details', {});
	const details = compact({
		...pairsToObject((extra as { pairs?: Array<{ key?: string; value?: string }> } | undefined)?.pairs),
		...namedDetails,
	});
	const orderLines = asInputError(context, itemIndex, () =>
		get<string>('orderLinesSource', 'fields') === 'json'
			? linesFromJson(get<unknown>('orderLinesJson', undefined))
			: linesFromRows(get<{ lines?: LineRow[] }>('orderLines', {}).lines),
	);
	return compact({
		consumer_name: get('consumerName', ''),
		consumer_email: get('consumerEmail', ''),
		...(asInputError(context, itemIndex, () =>
			shapeAttributes(get<IDataObject>('additionalFields', {}), ORDER_DATES, context.getTimezone()),
		) as IDataObject),
		details: Object.keys(details).length > 0 ? details : undefined,
		order_lines: orderLines,
	}) as IDataObject;
}
