import type { INodeProperties } from 'n8n-workflow';

import { createdAt, filterProperty, includeProperty, type QueryField } from '../common/queryProperties';

const dateField = (value: string, name: string): QueryField => ({ value, name, operators: 'eq, neq, gt, gte, lt, lte' });

const COMMON: QueryField[] = [createdAt, dateField('updated_at', 'Updated At')];

/** Filterable fields per records type, as the scroll documentation lists them. */
export const SCROLL_FILTER_FIELDS: Record<string, QueryField[]> = {
	reviews: [
		...COMMON,
		dateField('published_at', 'Published At'),
		{ value: 'state', name: 'Moderation State' },
		{ value: 'context_type', name: 'About' },
		{ value: 'product_id', name: 'Product ID' },
		{ value: 'product_group_id', name: 'Product Group ID' },
		{ value: 'brand_id', name: 'Brand ID' },
		{ value: 'category_id', name: 'Category ID' },
		{ value: 'rating', name: 'Rating' },
		{ value: 'origin', name: 'Origin' },
		{ value: 'syndication_source', name: 'Syndication Source' },
		{ value: 'order_number', name: 'Order Number' },
		{ value: 'lang', name: 'Language' },
		{ value: 'verified', name: 'Verified' },
		{ value: 'featured', name: 'Featured' },
		{ value: 'recommended', name: 'Recommended' },
	],
	products: [
		...COMMON,
		dateField('last_imported_at', 'Last Imported At'),
		dateField('summary_updated_at', 'Rating Summary Updated At'),
		{ value: 'external_id', name: 'External ID' },
		{ value: 'group_id', name: 'Group ID' },
		{ value: 'brand_id', name: 'Brand ID' },
		{ value: 'category_id', name: 'Category ID' },
		{ value: 'vendor_code', name: 'Vendor Code' },
		{ value: 'available', name: 'Available' },
		{ value: 'price', name: 'Price' },
		{ value: 'rating', name: 'Rating' },
	],
	questions: [
		...COMMON,
		dateField('published_at', 'Published At'),
		dateField('imported_at', 'Imported At'),
		{ value: 'state', name: 'Moderation State' },
		{ value: 'context_type', name: 'About' },
		{ value: 'product_id', name: 'Product ID' },
		{ value: 'product_external_id', name: 'Product External ID' },
		{ value: 'product_group_id', name: 'Product Group ID' },
		{ value: 'brand_id', name: 'Brand ID' },
		{ value: 'category_id', name: 'Category ID' },
		{ value: 'lang', name: 'Language' },
		{ value: 'origin', name: 'Origin' },
		{ value: 'has_published_answers', name: 'Has Published Answers' },
	],
};

const SCROLL_INCLUDES: Record<string, Array<{ value: string; name: string }>> = {
	reviews: [
		{ value: 'author', name: 'Author' },
		{ value: 'product', name: 'Product' },
		{ value: 'comments', name: 'Comments' },
		{ value: 'state_changes', name: 'Moderation History' },
	],
	products: [{ value: 'reviews_summary_item', name: 'Reviews Summary (Rating, Count)' }],
	questions: [
		{ value: 'author', name: 'Author' },
		{ value: 'product', name: 'Product' },
		{ value: 'answers', name: 'Answers' },
	],
};

const perType = (build: (type: string) => INodeProperties): INodeProperties[] =>
	Object.keys(SCROLL_FILTER_FIELDS).map((type) => {
		const property = build(type);
		return { ...property, displayOptions: { show: { recordsType: [type] } } };
	});

export const scrollFilterProperties = perType((type) =>
	filterProperty(
		SCROLL_FILTER_FIELDS[type],
		'Conditions fixed when the scroll opens. Any condition replaces the 30-day default. "In List" takes at most 25 values.',
	),
);

export const scrollIncludeProperties = perType((type) => includeProperty(SCROLL_INCLUDES[type]));
