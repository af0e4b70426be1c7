import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { formToBody, type Plain } from '../../helpers/catalogValues';
import { byDisplayName, customFieldsProperty, customFieldsTransform, readBody, repeatable, withJsonAlternative } from '../common/formBody';
import { inputError } from '../../../shared/execute/inputError';

const number = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 2 },
	default: 0,
	description,
});

/** Price, purchase price and size of a product or an offer (variant). */
export const measureFields: INodeProperties[] = [
	number('Height', 'height', 'Height in the units set in KeyCRM'),
	number('Length', 'length', 'Length in the units set in KeyCRM'),
	number('Price', 'price', 'Selling price of one unit'),
	number('Purchased Price', 'purchasedPrice', 'Purchase price of one unit'),
	number('Weight', 'weight', 'Weight in the units set in KeyCRM'),
	number('Width', 'width', 'Width in the units set in KeyCRM'),
];

export const productName: INodeProperties = { displayName: 'Name', name: 'name', type: 'string', required: true, default: '', description: 'Name of the product' };

export const productOptionalFields = byDisplayName([
	{ displayName: 'Barcode', name: 'barcode', type: 'string', default: '', description: 'Barcode of the product' },
	{
		displayName: 'Category Name or ID',
		name: 'categoryId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getProductCategories' },
		default: '',
		description: 'Category of the product. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{ displayName: 'Currency Code', name: 'currencyCode', type: 'string', default: '', placeholder: 'UAH', description: 'Currency of the prices, e.g. UAH' },
	customFieldsProperty('getProductCustomFields'),
	{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 3 }, default: '', description: 'Description of the product' },
	...measureFields,
	{ displayName: 'Picture URLs', name: 'pictures', type: 'string', typeOptions: { multipleValues: true }, default: [], description: 'Links to up to 6 pictures; the first is the main one' },
	{ displayName: 'SKU', name: 'sku', type: 'string', default: '', description: 'Stock keeping unit (article) of the product' },
	{ displayName: 'Unit Type', name: 'unitType', type: 'string', default: '', placeholder: 'pcs', description: 'Unit the product is sold in, e.g. pcs or kg' },
]);

export const productAdditionalFields: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: productOptionalFields,
};

const MAX_PICTURES = 6;

/** A product form's values as KeyCRM's product; the checks apply to JSON bodies as well. */
export function productFromForm(values: Plain): Plain {
	return formToBody(values, { customFields: customFieldsTransform });
}

export function assertProductValid(context: IExecuteFunctions, product: Plain, itemIndex: number, label: string, nameRequired = true) {
	if (nameRequired && (typeof product.name !== 'string' || product.name.trim() === '')) throw inputError(context, `${label}: Name is required`, itemIndex);
	if (Array.isArray(product.pictures) && product.pictures.length > MAX_PICTURES) {
		throw inputError(context, `${label}: KeyCRM takes at most ${MAX_PICTURES} pictures, got ${product.pictures.length}`, itemIndex);
	}
}

export const productForm = withJsonAlternative([productName, productAdditionalFields], '{\n  "name": "Runner sneakers",\n  "sku": "RUN-1",\n  "price": 2400\n}');

export function readProduct(context: IExecuteFunctions, itemIndex: number, nameRequired = true): Plain {
	const collection = nameRequired ? 'additionalFields' : 'updateFields';
	const body = readBody(context, itemIndex, () =>
		productFromForm({
			...(nameRequired ? { name: context.getNodeParameter('name', itemIndex) } : {}),
			...(context.getNodeParameter(collection, itemIndex, {}) as Plain),
		}),
	);
	assertProductValid(context, body, itemIndex, 'Product', nameRequired);
	return body;
}

/** An offer (variant) of a product: identified by SKU when created, with its own price and size. */
export const newOfferEntry = repeatable('offers', 'Offer', 'Variants to add to the product', [
	{ displayName: 'SKU', name: 'sku', type: 'string', default: '', description: 'Stock keeping unit (article) of the variant' },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: byDisplayName([
			{ displayName: 'Barcode', name: 'barcode', type: 'string', default: '', description: 'Barcode of the variant' },
			{ displayName: 'Image URL', name: 'imageUrl', type: 'string', default: '', description: 'Link to a picture of the variant' },
			...measureFields,
			repeatable('properties', 'Property', 'Properties that set this variant apart, e.g. Color: Gold', [
				{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Name of the property, e.g. Color' },
				{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'Value of the property, e.g. Gold' },
			]),
		]),
	},
]);
