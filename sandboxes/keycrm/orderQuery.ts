import type { Query, SandboxReply } from '../core/sandbox';
import type { KeyCrmStore, Row } from './store';

const ORDER_FILTERS = [
	'status_id',
	'source_id',
	'source_uuid',
	'buyer_email',
	'buyer_phone',
	'created_between',
	'updated_between',
	'shipping_between',
	'payment_status',
	'has_tracking_code',
];
const ORDER_SORTS = ['id', 'created_at', 'updated_at'];
const RELATIONS = ['buyer', 'products', 'manager', 'tags', 'status', 'marketing', 'payments', 'shipping', 'expenses', 'custom_fields', 'assigned', 'attachments'];

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';
const commaList = (value: string) => value.split(',').map((part) => part.trim()).filter(Boolean);

/** Spatie query builder, as Laravel APIs use it: unknown filters or sorts are a 400. */
function badQuery(message: string): SandboxReply {
	return { status: 400, body: { message } };
}

function inRange(value: unknown, range: string): boolean {
	const [from, to] = range.split(',').map((part) => part.trim());
	const at = String(value ?? '');
	return at !== '' && at >= from && at <= (to.length === 10 ? `${to} 23:59:59` : to);
}

function matches(order: Row, key: string, value: string): boolean {
	const buyer = (order.buyer ?? {}) as Row;
	const shipping = (order.shipping ?? {}) as Row;
	switch (key) {
		case 'status_id':
		case 'source_id':
			return commaList(value).includes(String(order[key]));
		case 'source_uuid':
			return String(order.source_uuid ?? '') === value;
		case 'buyer_email':
			return commaList(value).includes(String(buyer.email ?? ''));
		case 'buyer_phone':
			return commaList(value).includes(String(buyer.phone ?? ''));
		case 'payment_status':
			return commaList(value).includes(String(order.payment_status));
		case 'has_tracking_code':
			return ['true', '1'].includes(value) === Boolean(shipping.tracking_code);
		case 'shipping_between':
			return inRange(shipping.shipping_date, value);
		case 'created_between':
			// KeyCRM's spec on `ordered_at`: "a filter by creation date selects by this field", not created_at.
			return inRange(order.ordered_at, value);
		default:
			return inRange(order[key.replace('_between', '_at')], value);
	}
}

/** The orders a list request asks for, filtered and sorted, or a 400 for what the API refuses. */
export function selectOrders(orders: Row[], query: Query): Row[] | SandboxReply {
	let rows = [...orders];
	for (const [name, raw] of Object.entries(query)) {
		const match = /^filter\[(.+)\]$/.exec(name);
		if (!match) continue;
		if (!ORDER_FILTERS.includes(match[1])) return badQuery(`Requested filter(s) \`${match[1]}\` are not allowed. Allowed filter(s) are \`${ORDER_FILTERS.join(', ')}\`.`);
		rows = rows.filter((order) => matches(order, match[1], text(raw)));
	}
	const sort = text(query.sort);
	if (sort) {
		const field = sort.replace(/^-/, '');
		if (!ORDER_SORTS.includes(field)) return badQuery(`Requested sort(s) \`${sort}\` is not allowed. Allowed sort(s) are \`${ORDER_SORTS.join(', ')}\`.`);
		const direction = sort.startsWith('-') ? -1 : 1;
		rows.sort((a, b) => (a[field] === b[field] ? 0 : String(a[field]).localeCompare(String(b[field]), 'en', { numeric: true }) * direction));
	}
	return rows;
}

/** An order as the API shows it: relations only when asked for with `include`. */
export function presentOrder(store: KeyCrmStore, order: Row, include: string | string[] | undefined): Row {
	const wanted = new Set(commaList(text(include)).map((name) => name.split('.')[0]));
	const shown: Row = {};
	for (const [key, value] of Object.entries(order)) {
		if (!RELATIONS.includes(key) || wanted.has(key)) shown[key] = value;
	}
	if (wanted.has('status')) shown.status = store.orderDictionaries.statuses.find((row) => row.id === order.status_id) ?? null;
	if (wanted.has('manager')) shown.manager = store.users.find((row) => row.id === order.manager_id) ?? null;
	return shown;
}
