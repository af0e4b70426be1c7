import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { IdParameter } from '../common/recordOperations';
import { authorFields, field, moderationState } from '../common/writeOperations';

export const REVIEW_TYPE = 'reviews';

export const reviewId: IdParameter = {
	name: 'reviewId',
	displayName: 'Review ID',
	description: "Aplaut's internal ID of the review, or your external ID of it",
};

export const reviewKinds = {
	photos: 'list',
	videos: 'list',
	tags: 'list',
	custom_attributes: 'pairs',
	created_at: 'date',
	published_at: 'date',
} as const;

export const ratingProperty: INodeProperties = {
	displayName: 'Rating',
	name: 'rating',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 5 },
	required: true,
	default: 5,
	description: 'Stars from 1 to 5',
};

export const bodyProperty: INodeProperties = {
	displayName: 'Text',
	name: 'body',
	type: 'string',
	typeOptions: { rows: 4 },
	required: true,
	default: '',
	description: 'The review text (pros and cons can be added separately)',
};

export const reviewFields: INodeProperties[] = [
	field.text('external_id', 'External ID', 'Your ID of the review, to find or update it later'),
	field.text('pros', 'Pros', 'What the author liked'),
	field.text('cons', 'Cons', 'What the author did not like'),
	field.text('product_id', 'Product ID', "Product the review is about: offer.ID from your YML feed. Empty = a review of the shop."),
	field.text('order_number', 'Order Number', 'The order the review was left for'),
	field.text('origin', 'Origin', 'Where the review came from'),
	moderationState(['waiting', 'published', 'banned', 'held']),
	field.list('photos', 'Photo URLs', 'Links to photos; each must answer 200 with an image'),
	field.list('videos', 'Video URLs', 'Links to videos'),
	field.list('tags', 'Tags', 'Labels for the review'),
	field.boolean('recommended', 'Recommends the Product', 'Whether the author recommends the product'),
	field.text('location_name', 'Location', "The author's city or place"),
	field.date('created_at', 'Created At', 'When the review was written'),
	field.date('published_at', 'Published At', 'When the review was published'),
	field.text('custom_source', 'Source Name', 'Name of the source of the review'),
	field.text('custom_medium', 'Source Type', 'Type of the source of the review'),
	field.text('custom_campaign', 'Campaign', 'Name of the campaign that collected the review'),
	field.customAttributes(),
	...authorFields,
];

export const ignoreInvalidPhotosProperty: INodeProperties = {
	displayName: 'Ignore Invalid Photos',
	name: 'ignoreInvalidPhotos',
	type: 'boolean',
	default: false,
	description:
		'Whether to save the review without photos Aplaut cannot download (broken link, not an image). Off: such a photo makes the whole review fail.',
};

export function readPhotoMeta(context: IExecuteFunctions, itemIndex: number) {
	return context.getNodeParameter('ignoreInvalidPhotos', itemIndex, false) ? { ignore_invalid_photos: true } : undefined;
}

export const reviewIncludes = [
	{ value: 'author', name: 'Author' },
	{ value: 'product', name: 'Product' },
	{ value: 'comments', name: 'Comments' },
	{ value: 'state_changes', name: 'Moderation History' },
];
