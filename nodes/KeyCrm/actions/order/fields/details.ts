import type { INodeProperties } from 'n8n-workflow';

import { byDisplayName } from '../../common/byDisplayName';

const comments: INodeProperties[] = [
	{
		displayName: 'Buyer Comment',
		name: 'buyer_comment',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: 'What the buyer wrote with the order',
	},
	{
		displayName: 'Manager Comment',
		name: 'manager_comment',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: 'Internal note for the team, not shown to the buyer',
	},
];

const orderDiscounts: INodeProperties[] = [
	{
		displayName: 'Discount Amount',
		name: 'discount_amount',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'Fixed discount on the whole order',
	},
	{
		displayName: 'Discount Percent',
		name: 'discount_percent',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 100, numberPrecision: 2 },
		default: 0,
		description: 'Discount on the whole order in percent',
	},
];

/** Optional fields of a new order. */
export const newOrderDetails: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add field',
	default: {},
	options: byDisplayName([
		...comments,
		...orderDiscounts,
		{
			displayName: 'Gift Message',
			name: 'gift_message',
			type: 'string',
			default: '',
			description: 'Greeting to put in the parcel',
		},
		{
			displayName: 'Gift Wrap',
			name: 'gift_wrap',
			type: 'boolean',
			default: false,
			description: 'Whether the order must be gift-wrapped',
		},
		{
			displayName: 'Is Gift',
			name: 'is_gift',
			type: 'boolean',
			default: false,
			description: 'Whether the order is a gift',
		},
		{
			displayName: 'Manager Name or ID',
			name: 'manager_id',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getUsers' },
			default: '',
			description:
				'Team member responsible for the order. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Order Number in Source',
			name: 'source_uuid',
			type: 'string',
			default: '',
			description: 'The order number in your shop or bot, so the KeyCRM order can be matched to it later',
		},
		{
			displayName: 'Ordered At',
			name: 'ordered_at',
			type: 'dateTime',
			default: '',
			description: "When the order was placed, in the workflow's time zone unless the value has its own offset; empty means now",
		},
		{
			displayName: 'Products (JSON List)',
			name: 'productList',
			type: 'json',
			default: '[]',
			description:
				'More products as one list in KeyCRM format, added after the Products above. Handy for a cart of any length, e.g. an expression that maps the items of a bot order.',
		},
		{
			displayName: 'Promo Code',
			name: 'promocode',
			type: 'string',
			default: '',
			description: 'Promo code the buyer used',
		},
		{
			displayName: 'Shipping Price',
			name: 'shipping_price',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'What the buyer pays for delivery',
		},
		{
			displayName: 'Taxes',
			name: 'taxes',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'Sum of taxes on the order',
		},
		{
			displayName: 'Wrap Price',
			name: 'wrap_price',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'What the buyer pays for gift wrapping',
		},
	]),
};

/** Fields of an existing order KeyCRM lets you change. */
export const orderUpdateDetails: INodeProperties = {
	displayName: 'Update Fields',
	name: 'updateFields',
	type: 'collection',
	placeholder: 'Add field to update',
	default: {},
	options: byDisplayName([
		...comments,
		...orderDiscounts,
		{
			displayName: 'Status Name or ID',
			name: 'status_id',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getOrderStatuses' },
			default: '',
			description:
				'Move the order to this status. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	]),
};
