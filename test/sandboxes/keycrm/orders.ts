import type { Sandbox } from '../core/sandbox';
import type { KeyCrmStore, Row } from './store';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Laravel's validation answer: `{message, errors: {field: [...]}}` with the first message on top. */
export function unprocessable(errors: Record<string, string[]>) {
	const first = Object.values(errors)[0]?.[0] ?? 'The given data was invalid.';
	const more = Object.values(errors).flat().length - 1;
	return {
		status: 422,
		body: { message: more > 0 ? `${first} (and ${more} more error${more > 1 ? 's' : ''})` : first, errors },
	};
}

export function validateOrder(body: Row): Record<string, string[]> {
	const errors: Record<string, string[]> = {};
	if (body.source_id === undefined || body.source_id === null || body.source_id === '') {
		errors.source_id = ['The source id field is required.'];
	}
	const buyer = (body.buyer ?? {}) as Row;
	if (!buyer.full_name && !buyer.email && !buyer.phone) {
		errors.buyer = ['The buyer must have at least one of: full_name, email, phone.'];
	}
	if (buyer.email !== undefined && !EMAIL.test(String(buyer.email))) {
		errors['buyer.email'] = ['The buyer.email must be a valid email address.'];
	}
	return errors;
}

export function registerOrderRoutes(sandbox: Sandbox, store: KeyCrmStore): void {
	sandbox.route('GET', '/order', (request) => ({ status: 200, body: store.page(store.orders, request.query, '/order') }));
	sandbox.route('GET', '/order/:id', (request) => {
		const order = store.orders.find((row) => String(row.id) === request.params.id);
		return order ? { status: 200, body: order } : { status: 404, body: { message: 'Order not found' } };
	});
	sandbox.route('POST', '/order', (request) => {
		const body = (request.body ?? {}) as Row;
		const errors = validateOrder(body);
		if (Object.keys(errors).length > 0) return unprocessable(errors);
		return { status: 201, body: store.addOrder(body) };
	});
}
