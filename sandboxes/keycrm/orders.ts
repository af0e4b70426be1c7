import type { Sandbox } from '../core/sandbox';
import { registerDictionaryRoutes } from './dictionaries';
import { findOrder, newPayment, nextId, now, orderNotFound, recalculate } from './orderRecords';
import { presentOrder, selectOrders } from './orderQuery';
import { registerOrderRelationRoutes } from './orderRelations';
import { newOrderErrors, orderUpdateErrors, unprocessable } from './orderRules';
import type { KeyCrmStore, Row } from './store';

export { unprocessable };

const IMPORT_MAX = 50;

/** Stores a valid new order with its lines and payments numbered, as KeyCRM does. */
function createOrder(store: KeyCrmStore, body: Row): Row {
	const { products, payments, ...fields } = body;
	let lineId = nextId(store, 'products');
	let paymentId = nextId(store, 'payments');
	const order = store.addOrder({
		...fields,
		products: ((products ?? []) as Row[]).map((line) => ({ id: lineId++, quantity: 1, ...line })),
		payments: ((payments ?? []) as Row[]).map((payment) => newPayment(store, payment, paymentId++)),
		expenses: [],
		tags: [],
		attachments: [],
		ordered_at: body.ordered_at ?? now(),
	});
	recalculate(order);
	return order;
}

const LINE_FIELDS = ['name', 'comment', 'price', 'purchased_price', 'discount_amount', 'discount_percent', 'quantity', 'product_status_id'];

/** KeyCRM changes lines already in the order (found by line id, else SKU); it never adds lines on update. */
function updateOrder(order: Row, body: Row): void {
	const { products, shipping, custom_fields: customFields, ...fields } = body;
	Object.assign(order, fields, { updated_at: now() });
	if (shipping) order.shipping = { ...((order.shipping ?? {}) as Row), ...(shipping as Row) };
	for (const change of (products ?? []) as Row[]) {
		const line = ((order.products ?? []) as Row[]).find((row) => (change.id !== undefined ? row.id === change.id : row.sku === change.sku));
		if (!line) continue;
		for (const key of LINE_FIELDS) if (change[key] !== undefined) line[key] = change[key];
	}
	if (customFields) {
		const current = ((order.custom_fields ?? []) as Row[]).filter((row) => !(customFields as Row[]).some((next) => next.uuid === row.uuid));
		order.custom_fields = [...current, ...(customFields as Row[])];
	}
	recalculate(order);
}

export function registerOrderRoutes(sandbox: Sandbox, store: KeyCrmStore): void {
	// Before `/order/:id`, which would otherwise catch `/order/tag` and the other dictionaries.
	registerDictionaryRoutes(sandbox, store);
	registerOrderRelationRoutes(sandbox, store);
	sandbox.route('GET', '/order', (request) => {
		const rows = selectOrders(store.orders, request.query);
		if (!Array.isArray(rows)) return rows;
		const page = store.page(rows, request.query, '/order');
		return { status: 200, body: { ...page, data: page.data.map((order) => presentOrder(store, order, request.query.include)) } };
	});
	sandbox.route('GET', '/order/:id', (request) => {
		const order = findOrder(store, request.params.id);
		return order ? { status: 200, body: presentOrder(store, order, request.query.include) } : orderNotFound;
	});
	sandbox.route('POST', '/order', (request) => {
		const body = (request.body ?? {}) as Row;
		const errors = newOrderErrors(store, body);
		if (Object.keys(errors).length > 0) return unprocessable(errors);
		return { status: 201, body: presentOrder(store, createOrder(store, body), undefined) };
	});
	sandbox.route('PUT', '/order/:id', (request) => {
		const order = findOrder(store, request.params.id);
		if (!order) return orderNotFound;
		const body = (request.body ?? {}) as Row;
		const errors = orderUpdateErrors(store, order, body);
		if (Object.keys(errors).length > 0) return unprocessable(errors);
		updateOrder(order, body);
		return { status: 202, body: presentOrder(store, order, undefined) };
	});
	sandbox.route('POST', '/order/import', (request) => {
		const orders = ((request.body ?? {}) as Row).orders;
		if (!Array.isArray(orders) || orders.length === 0) return unprocessable({ orders: ['The orders field is required.'] });
		if (orders.length > IMPORT_MAX) return unprocessable({ orders: [`The orders may not have more than ${IMPORT_MAX} items.`] });
		const errors = Object.assign({}, ...orders.map((order: Row, index) => newOrderErrors(store, order, `orders.${index}.`)));
		if (Object.keys(errors).length > 0) return unprocessable(errors);
		orders.forEach((order: Row) => createOrder(store, order));
		return { status: 201, body: { status: true } };
	});
}
