/** Checks KeyCRM documents for a new order, made before anything is sent. Pure. */

// Deliberately loose: it catches typos ("anna@", "anna.shop.ua"), not every RFC corner case.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// The order and payment schemas list these three; the order-script article also names "refund",
// which no schema accepts.
const PAYMENT_STATUSES = ['paid', 'not_paid', 'canceled'];

export function isValidEmail(value: string): boolean {
	return EMAIL.test(value.trim());
}

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** The problems of one order body, in words a shop owner understands; empty when it can be sent. */
export function orderProblems(order: unknown): string[] {
	if (typeof order !== 'object' || order === null || Array.isArray(order)) return ['The order must be an object'];
	const body = order as Record<string, unknown>;
	const problems: string[] = [];
	if (isBlank(body.source_id)) problems.push('A source is required (source_id)');
	const buyer = (typeof body.buyer === 'object' && body.buyer !== null ? body.buyer : {}) as Record<string, unknown>;
	if (isBlank(buyer.full_name) && isBlank(buyer.email) && isBlank(buyer.phone)) {
		problems.push("The buyer needs at least one of: full name, email, phone");
	}
	if (!isBlank(buyer.email) && !isValidEmail(String(buyer.email))) {
		problems.push(`The buyer's email "${String(buyer.email)}" is not a valid email address`);
	}
	const products = Array.isArray(body.products) ? (body.products as unknown[]) : [];
	products.forEach((product, index) => problems.push(...propertyProblems(product, `Product ${index + 1}`)));
	const shipping = (isObject(body.shipping) ? body.shipping : {}) as Record<string, unknown>;
	if (!isBlank(shipping.warehouse_ref) && isBlank(shipping.delivery_service_id)) {
		problems.push(
			'Shipping: a Nova Poshta Warehouse Ref needs the delivery service too (delivery_service_id of Nova Poshta in KeyCRM)',
		);
	}
	const payments = Array.isArray(body.payments) ? (body.payments as Array<Record<string, unknown>>) : [];
	payments.forEach((payment, index) => problems.push(...paymentProblems(payment, `Payment ${index + 1}`)));
	return problems;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** KeyCRM's schema requires both `name` and `value` of a product property (it drops one without them). */
function propertyProblems(product: unknown, label: string): string[] {
	if (!isObject(product) || product.properties === undefined) return [];
	if (!Array.isArray(product.properties)) return [`${label}: properties must be a list of {name, value}`];
	return product.properties.flatMap((property: unknown, index) => {
		const entry = (isObject(property) ? property : {}) as Record<string, unknown>;
		const which = `${label}, property ${index + 1}${isBlank(entry.name) ? '' : ` ("${String(entry.name)}")`}`;
		const missing = ['name', 'value'].filter((key) => isBlank(entry[key]));
		return missing.length > 0 ? [`${which} needs a ${missing.join(' and a ')}`] : [];
	});
}

/** A payment needs an amount and a method (by ID or by name). */
export function paymentProblems(payment: Record<string, unknown>, label = 'The payment'): string[] {
	const problems: string[] = [];
	if (isBlank(payment.amount) || !Number.isFinite(Number(payment.amount))) problems.push(`${label} needs an amount`);
	if (isBlank(payment.payment_method_id) && isBlank(payment.payment_method)) {
		problems.push(`${label} needs a payment method (from the list or by name)`);
	}
	if (!isBlank(payment.status) && !PAYMENT_STATUSES.includes(String(payment.status))) {
		problems.push(`${label} has an unknown status "${String(payment.status)}" (use ${PAYMENT_STATUSES.join(', ')})`);
	}
	return problems;
}
