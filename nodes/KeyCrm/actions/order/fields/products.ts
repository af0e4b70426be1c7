import type { INodeProperties } from 'n8n-workflow';

import { byDisplayName } from '../../common/byDisplayName';

const priceAdjustments: INodeProperties[] = [
	{
		displayName: 'Discount Amount',
		name: 'discount_amount',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'Fixed discount on one unit of this product',
	},
	{
		displayName: 'Discount Percent',
		name: 'discount_percent',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 100, numberPrecision: 2 },
		default: 0,
		description: 'Discount on this product in percent',
	},
	{
		displayName: 'Purchase Price',
		name: 'purchased_price',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'What one unit cost you, for profit reports',
	},
];

const propertiesField: INodeProperties = {
	displayName: 'Properties',
	name: 'properties',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add property',
	default: {},
	description: 'Attributes of the product in this order, e.g. Color: Space Gray',
	options: [
		{
			displayName: 'Property',
			name: 'property',
			values: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Attribute name, e.g. Color' },
				{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'Attribute value, e.g. Space Gray' },
			],
		},
	],
};

/** Products of a new order: linked to the catalog by SKU, or one-off products by name. */
export const newProductsField: INodeProperties = {
	displayName: 'Products',
	name: 'products',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add product',
	default: {},
	description: 'What was ordered. Products whose SKU exists in the KeyCRM catalog are linked to it.',
	options: [
		{
			displayName: 'Product',
			name: 'product',
			values: [
				{ displayName: 'Comment', name: 'comment', type: 'string', default: '', description: 'Note for this product, e.g. "gift wrap"' },
				{
					displayName: 'Discounts and Costs',
					name: 'adjustments',
					type: 'collection',
					placeholder: 'Add discount or cost',
					default: {},
					options: priceAdjustments,
				},
				{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Product name as it appears in the order' },
				{ displayName: 'Picture URL', name: 'picture', type: 'string', default: '', description: 'Link to a picture of the product' },
				{ displayName: 'Price', name: 'price', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: 'Selling price of one unit' },
				propertiesField,
				{ displayName: 'Quantity', name: 'quantity', type: 'number', typeOptions: { minValue: 0 }, default: 1, description: 'How many units were ordered' },
				{ displayName: 'SKU', name: 'sku', type: 'string', default: '', description: 'Article number; links the line to the catalog product with this SKU' },
				{ displayName: 'Unit', name: 'unit_type', type: 'string', default: '', placeholder: 'pcs', description: 'Unit of measure, e.g. pcs or kg' },
			],
		},
	],
};

/** Products of an existing order: KeyCRM only changes lines already in the order, found by line ID or SKU. */
export const updatedProductsField: INodeProperties = {
	displayName: 'Products',
	name: 'products',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add product to change',
	default: {},
	description: 'Changes to products already in the order. KeyCRM does not add new products on update.',
	options: [
		{
			displayName: 'Product',
			name: 'product',
			values: [
				{
					displayName: 'Fields to Update',
					name: 'fields',
					type: 'collection',
					placeholder: 'Add field to update',
					default: {},
					options: byDisplayName([
						{ displayName: 'Comment', name: 'comment', type: 'string', default: '', description: 'Replaces the note of this product' },
						...priceAdjustments,
						{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'New name; KeyCRM changes it only for products that are not in the catalog' },
						{ displayName: 'Price', name: 'price', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: 'Selling price of one unit' },
						{
							displayName: 'Product Status Name or ID',
							name: 'product_status_id',
							type: 'options',
							typeOptions: { loadOptionsMethod: 'getProductStatuses' },
							default: '',
							description: 'Status of this product in the order. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						},
						{ displayName: 'Quantity', name: 'quantity', type: 'number', typeOptions: { minValue: 0 }, default: 1, description: 'How many units are ordered' },
					]),
				},
				{ displayName: 'Order Line ID', name: 'id', type: 'number', default: 0, description: 'ID of the product line in the order; 0 finds the line by SKU instead' },
				{ displayName: 'SKU', name: 'sku', type: 'string', default: '', description: 'Article number that finds the line when no line ID is given' },
			],
		},
	],
};
