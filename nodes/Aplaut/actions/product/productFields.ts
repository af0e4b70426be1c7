import type { INodeProperties } from 'n8n-workflow';

import type { IdParameter } from '../common/recordOperations';
import { field } from '../common/writeOperations';

export const PRODUCT_TYPE = 'products';

export const productId: IdParameter = {
	name: 'productId',
	displayName: 'Product ID',
	description: "Aplaut's internal ID of the product, or its external ID (offer.ID in your YML feed)",
};

export const productKinds = { picture_urls: 'list', recommended_product_ids: 'list', category_names: 'list', custom_attributes: 'pairs' } as const;

export const productFields: INodeProperties[] = [
	field.text('group_id', 'Group ID', 'External ID of the product group (e.g. variants of one model)'),
	field.text('url', 'Product URL', 'Link to the product page in your shop'),
	field.text('description', 'Description', 'Product description', { typeOptions: { rows: 3 } }),
	field.list('picture_urls', 'Picture URLs', 'Links to product images'),
	field.number('price', 'Price', 'Current price'),
	field.boolean('available', 'Available', 'Whether the product is in stock'),
	field.list('recommended_product_ids', 'Recommended Product IDs', 'External IDs of products to recommend with this one'),
	field.text('vendor_code', 'Vendor Code', "Manufacturer's article number"),
	field.customAttributes(),
];

export const productFilterFields = [
	{ value: 'external_id', name: 'External ID', operators: 'eq, neq, in' },
	{ value: 'vendor_code', name: 'Vendor Code', operators: 'eq, neq, in' },
	{ value: 'group_id', name: 'Group ID', operators: 'eq, neq, in' },
];

export const productIncludes = [
	{ value: 'reviews_summary_item', name: 'Reviews Summary (Rating, Count)' },
	{ value: 'reviews', name: 'Reviews' },
	{ value: 'questions', name: 'Questions' },
	{ value: 'brand', name: 'Brand' },
	{ value: 'category', name: 'Category' },
];
