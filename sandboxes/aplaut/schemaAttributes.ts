/**
 * The attributes each write schema of Aplaut's Platform API 4.1 declares (`components.schemas.*Attributes`
 * of aplaut-platform-api-4.1.0.yaml). POST /products takes `CreateProductAttributes`, PUT /products/{id}
 * the shorter `ProductAttributes`. The sandbox refuses any other attribute, so a node that sends one
 * (a typo, a field of another resource) fails its tests instead of being silently ignored.
 */
const CONSUMER = ['avatar_url', 'complained', 'created_at', 'custom_attributes', 'email', 'external_id', 'first_name', 'name', 'phone', 'unsubscribed', 'updated_at'];
const REVIEW = [
	'author_avatar_url', 'author_details', 'author_email', 'author_external_id', 'author_name', 'body', 'cons', 'created_at',
	'custom_attributes', 'custom_campaign', 'custom_medium', 'custom_source', 'dimensions', 'dislikes', 'external_id', 'hide_my_data',
	'imported_at', 'likes', 'location_name', 'order_number', 'origin', 'photos', 'product_id', 'pros', 'published_at', 'rating',
	'rating_details', 'recommended', 'state', 'tags', 'updated_at', 'videos',
];
const COMMENT = ['author_avatar_url', 'author_email', 'author_external_id', 'author_name', 'external_id', 'external_parent_id', 'files', 'hide_my_data', 'parent_id', 'state', 'text'];
const QUESTION = ['author_avatar_url', 'author_email', 'author_external_id', 'author_name', 'created_at', 'external_id', 'files', 'hide_my_data', 'product_id', 'state', 'tags', 'text', 'updated_at'];
const ORDER = ['consumer_email', 'consumer_name', 'consumer_phone', 'created_at', 'details', 'number', 'order_lines', 'updated_at'];
const PRODUCT = [
	'available', 'created_at', 'custom_attributes', 'description', 'external_id', 'group_id', 'name', 'picture_urls', 'price',
	'qurestions_count', 'rating', 'recommended', 'recommended_product_ids', 'reviews_count', 'updated_at', 'url',
];
const CREATE_PRODUCT = [
	'available', 'brand_name', 'category_id', 'category_name', 'category_names', 'created_at', 'custom_attributes', 'description',
	'external_id', 'group_id', 'name', 'picture_urls', 'price', 'recommended_product_ids', 'updated_at', 'url',
];
const USER = ['avatar_url', 'email', 'first_name', 'name', 'occupation', 'role'];
const EXPORT_TASK = ['export_format', 'format', 'records_type', 'search_options'];

const DECLARED: Record<string, { POST?: string[]; PUT?: string[] }> = {
	consumers: { POST: CONSUMER, PUT: CONSUMER },
	reviews: { POST: REVIEW, PUT: REVIEW },
	comments: { POST: COMMENT },
	questions: { POST: QUESTION, PUT: QUESTION },
	answers: { POST: COMMENT, PUT: COMMENT },
	orders: { POST: ORDER, PUT: ORDER },
	products: { POST: CREATE_PRODUCT, PUT: PRODUCT },
	users: { POST: USER },
	export_tasks: { POST: EXPORT_TASK },
};

/** Attributes of a write its schema does not declare (empty when the type or method has no schema here). */
export function undeclaredAttributes(type: string, method: string, attributes: Record<string, unknown>): string[] {
	const declared = DECLARED[type]?.[method as 'POST' | 'PUT'];
	if (!declared) return [];
	return Object.keys(attributes).filter((name) => !declared.includes(name));
}
