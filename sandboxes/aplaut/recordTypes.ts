import { DATE_FILTERS, required, STANDARD_PAGING, unique, type Errors, type RecordType } from './records';

const EQ = ['eq', 'neq'];
const ALL = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'];
const MODERATION = ['published', 'waiting', 'banned', 'held'];

/** A photo Aplaut can fetch: an http(s) link to an image file. */
const isImageUrl = (url: unknown) => typeof url === 'string' && /^https?:\/\/[^\s]+\.(jpe?g|png|gif|webp)(\?\S*)?$/i.test(url);

export const orders: RecordType = {
	type: 'orders',
	model: 'Order',
	filters: DATE_FILTERS,
	paging: STANDARD_PAGING,
	merged: ['details'],
	upsertKey: 'number',
	prepare(attributes, _meta, store) {
		// Aplaut keeps one customer per email and links the order to it.
		const consumer = store.consumerFor(attributes.consumer_email, attributes.consumer_name);
		if (consumer) attributes.consumer_id = consumer.id;
		return undefined;
	},
	validate(row, store, existing) {
		const errors = required(row, ['consumer_name', 'consumer_email', 'order_lines']);
		unique(store, 'orders', 'number', row, existing, errors);
		const lines = Array.isArray(row.order_lines) ? (row.order_lines as Array<Record<string, unknown>>) : [];
		lines.forEach((line, index) => {
			if (line.product_id === undefined || line.product_id === '') errors[`order_lines[${index}].product_id`] = ["can't be blank"];
		});
		return errors;
	},
};

export const products: RecordType = {
	type: 'products',
	model: 'Product',
	filters: { external_id: ['eq', 'neq', 'in'], vendor_code: ['eq', 'neq', 'in'], group_id: ['eq', 'neq', 'in'] },
	paging: STANDARD_PAGING,
	merged: ['custom_attributes'],
	validate: (row, store, existing) => unique(store, 'products', 'external_id', row, existing, required(row, ['name', 'external_id'])),
};

export const consumers: RecordType = {
	type: 'consumers',
	model: 'Consumer',
	filters: { ...DATE_FILTERS, unsubscribed: EQ },
	paging: STANDARD_PAGING,
	merged: ['custom_attributes'],
	upsertKey: 'external_id',
	validate: (row) => required(row, ['email', 'name']),
};

function moderation(row: Record<string, unknown>, errors: Errors, allowed = MODERATION): Errors {
	if (row.state !== undefined && !allowed.includes(String(row.state))) errors.state = ['is not included in the list'];
	return errors;
}

export const reviews: RecordType = {
	type: 'reviews',
	model: 'Review',
	// `id:gt` is the spec's own recipe for new records ("Кейс 1"), though its filter table omits id.
	filters: { ...DATE_FILTERS, rating: ALL, state: EQ, context_type: EQ, product_id: ['eq'], id: ['gt'] },
	paging: { ...STANDARD_PAGING, pageCap: 500 },
	merged: ['custom_attributes'],
	upsertKey: 'external_id',
	prepare(attributes, meta) {
		const photos = attributes.photos;
		if (Array.isArray(photos)) {
			const invalid = photos.filter((url) => !isImageUrl(url));
			if (invalid.length > 0 && meta.ignore_invalid_photos !== true) {
				return { photos: invalid.map((url) => `${String(url)} is invalid`) };
			}
			attributes.photos = photos.filter(isImageUrl);
		}
		if (attributes.product_id !== undefined) attributes.context_type = 'product';
		return undefined;
	},
	validate(row) {
		const errors = required(row, ['rating']);
		if (!row.body && !row.pros && !row.cons) errors.body = ["can't be blank"];
		const rating = Number(row.rating);
		if (row.rating !== undefined && !(rating >= 1 && rating <= 5)) errors.rating = ['must be between 1 and 5'];
		row.state ??= 'waiting';
		row.context_type ??= 'store';
		return moderation(row, errors);
	},
};

export const questions: RecordType = {
	type: 'questions',
	model: 'Question',
	filters: { ...DATE_FILTERS, state: EQ, context_type: EQ, product_id: ['eq'], id: ['gt'] },
	paging: STANDARD_PAGING,
	merged: [],
	upsertKey: 'external_id',
	validate(row) {
		row.state ??= 'waiting';
		row.context_type ??= row.product_id !== undefined ? 'product' : 'store';
		return moderation(row, required(row, ['text']), ['published', 'waiting', 'banned']);
	},
};

export const users: RecordType = {
	type: 'users',
	model: 'User',
	filters: {},
	paging: STANDARD_PAGING,
	merged: [],
	validate(row, store, existing) {
		const errors = unique(store, 'users', 'email', row, existing, required(row, ['email']));
		const roles = ['company_manager', 'company_moderator', 'company_admin', 'admin'];
		if (row.role !== undefined && !roles.includes(String(row.role))) errors.role = ['is not included in the list'];
		return errors;
	},
};

export const surveys: RecordType = {
	type: 'surveys',
	model: 'Survey',
	filters: { ...DATE_FILTERS, name: EQ },
	paging: { perPage: { min: 1, max: 100, default: 25 }, pageCap: 100 },
	merged: [],
	validate: () => ({}),
};

export const surveyResponses: RecordType = {
	type: 'survey_responses',
	model: 'SurveyResponse',
	filters: { ...DATE_FILTERS, survey_id: EQ },
	paging: STANDARD_PAGING,
	merged: [],
	validate: () => ({}),
};

/** Comments and answers: text under a parent review or question. */
export const replyType = (type: string, model: string): RecordType => ({
	type,
	model,
	filters: {},
	paging: { perPage: { min: 1, max: 100, default: 25 }, pageCap: 10_000 },
	merged: [],
	validate: (row) => moderation(row, required(row, ['text']), ['published', 'waiting', 'banned']),
});
