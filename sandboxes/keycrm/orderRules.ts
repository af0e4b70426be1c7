import type { KeyCrmStore, Row } from './store';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// `ordered_at` as the order schemas show it ("2021-12-21 14:44:00"), a real date and time.
const ORDER_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

const isOrderTime = (value: unknown) => typeof value === 'string' && ORDER_TIME.test(value) && !Number.isNaN(Date.parse(value.replace(' ', 'T') + 'Z'));
// The order schemas list these three ("refund", named by the order-script article, is in none).
const PAYMENT_STATUSES = ['paid', 'not_paid', 'canceled'];

export type FieldErrors = Record<string, string[]>;

/** Laravel's validation answer: `{message, errors: {field: [...]}}` with the first message on top. */
export function unprocessable(errors: FieldErrors) {
	const first = Object.values(errors)[0]?.[0] ?? 'The given data was invalid.';
	const more = Object.values(errors).flat().length - 1;
	return {
		status: 422,
		body: { message: more > 0 ? `${first} (and ${more} more error${more > 1 ? 's' : ''})` : first, errors },
	};
}

const blank = (value: unknown) => value === undefined || value === null || value === '';
const has = (rows: Row[], id: unknown) => rows.some((row) => String(row.id) === String(id));
const list = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);

function add(errors: FieldErrors, field: string, message: string): void {
	(errors[field] ??= []).push(message);
}

export function paymentErrors(store: KeyCrmStore, payment: Row, prefix: string, errors: FieldErrors): void {
	const methods = store.orderDictionaries.paymentMethods;
	if (blank(payment.amount) || Number.isNaN(Number(payment.amount))) add(errors, `${prefix}amount`, `The ${prefix}amount field is required.`);
	if (!blank(payment.payment_method_id) && !has(methods, payment.payment_method_id)) {
		add(errors, `${prefix}payment_method_id`, `The selected ${prefix}payment method id is invalid.`);
	}
	if (blank(payment.payment_method_id) && blank(payment.payment_method)) {
		add(errors, `${prefix}payment_method`, `The ${prefix}payment method field is required when ${prefix}payment method id is not present.`);
	}
	if (!blank(payment.status) && !PAYMENT_STATUSES.includes(String(payment.status))) {
		add(errors, `${prefix}status`, `The selected ${prefix}status is invalid.`);
	}
}

/** Custom field values must name an order field; list (select) fields take a list of their options. */
export function customFieldErrors(store: KeyCrmStore, values: unknown, errors: FieldErrors): void {
	list(values).forEach((entry, index) => {
		const field = store.orderDictionaries.customFields.find((row) => row.model === 'order' && row.uuid === entry.uuid);
		if (!field) return add(errors, `custom_fields.${index}.uuid`, `The selected custom_fields.${index}.uuid is invalid.`);
		if (field.type !== 'select') return undefined;
		if (!Array.isArray(entry.value)) return add(errors, `custom_fields.${index}.value`, `The custom_fields.${index}.value must be an array.`);
		const allowed = list(field.options).map((option) => option.value);
		if ((entry.value as unknown[]).some((value) => !allowed.includes(value))) {
			add(errors, `custom_fields.${index}.value`, `The selected custom_fields.${index}.value is invalid.`);
		}
		return undefined;
	});
}

export function newOrderErrors(store: KeyCrmStore, body: Row, prefix = ''): FieldErrors {
	const errors: FieldErrors = {};
	const dictionaries = store.orderDictionaries;
	if (blank(body.source_id)) add(errors, `${prefix}source_id`, `The ${prefix}source id field is required.`);
	else if (!has(dictionaries.sources, body.source_id)) add(errors, `${prefix}source_id`, `The selected ${prefix}source id is invalid.`);
	const buyer = (body.buyer ?? {}) as Row;
	if (blank(buyer.full_name) && blank(buyer.email) && blank(buyer.phone)) {
		add(errors, `${prefix}buyer`, `The ${prefix}buyer must have at least one of: full_name, email, phone.`);
	}
	if (!blank(buyer.email) && !EMAIL.test(String(buyer.email))) {
		add(errors, `${prefix}buyer.email`, `The ${prefix}buyer.email must be a valid email address.`);
	}
	if (!blank(body.manager_id) && !has(store.users, body.manager_id)) add(errors, `${prefix}manager_id`, `The selected ${prefix}manager id is invalid.`);
	if (!blank(body.ordered_at) && !isOrderTime(body.ordered_at)) add(errors, `${prefix}ordered_at`, `The ${prefix}ordered at does not match the format Y-m-d H:i:s.`);
	const shipping = (body.shipping ?? {}) as Row;
	if (!blank(shipping.delivery_service_id) && !has(dictionaries.deliveryServices, shipping.delivery_service_id)) {
		add(errors, `${prefix}shipping.delivery_service_id`, `The selected ${prefix}shipping.delivery service id is invalid.`);
	}
	if (!blank(shipping.warehouse_ref) && blank(shipping.delivery_service_id)) {
		add(errors, `${prefix}shipping.delivery_service_id`, `The ${prefix}shipping.delivery service id field is required when ${prefix}shipping.warehouse ref is present.`);
	}
	list(body.products).forEach((product, index) => {
		list(product.properties).forEach((property, at) => {
			for (const key of ['name', 'value']) {
				const field = `${prefix}products.${index}.properties.${at}.${key}`;
				if (blank((property ?? {})[key])) add(errors, field, `The ${field} field is required.`);
			}
		});
	});
	list(body.payments).forEach((payment, index) => paymentErrors(store, payment, `${prefix}payments.${index}.`, errors));
	if (!prefix) customFieldErrors(store, body.custom_fields, errors);
	return errors;
}

export function orderUpdateErrors(store: KeyCrmStore, order: Row, body: Row): FieldErrors {
	const errors: FieldErrors = {};
	if (!blank(body.status_id) && !has(store.orderDictionaries.statuses, body.status_id)) {
		add(errors, 'status_id', 'The selected status id is invalid.');
	}
	const shipping = (body.shipping ?? {}) as Row;
	const current = (order.shipping ?? {}) as Row;
	if (!blank(shipping.tracking_code) && !blank(current.tracking_code)) {
		add(errors, 'shipping.tracking_code', 'The order already has a tracking code.');
	}
	list(body.products).forEach((product, index) => {
		if (!blank(product.product_status_id) && !has(store.orderDictionaries.productStatuses, product.product_status_id)) {
			add(errors, `products.${index}.product_status_id`, `The selected products.${index}.product status id is invalid.`);
		}
	});
	customFieldErrors(store, body.custom_fields, errors);
	return errors;
}
