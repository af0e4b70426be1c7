import type { Sandbox, SandboxReply, SandboxRequest } from '../core/sandbox';
import { SANDBOX_TOKENS } from '../tokens';
import { sampleBotobotOrder } from './samples';
import type { BotobotOrder, BotobotStore } from './store';

/**
 * Botobot's UNDOCUMENTED `GET /api/v1/orders`, as a public client used it in production: the token
 * as `Authorization: Bearer <token>` (the documented methods take it in the path instead), and a
 * JSON list of orders with at least `id`, `mobile`, `email`, `paid` (boolean) and `goods[]`.
 * The sandbox refuses the token anywhere else on this endpoint (query, path), so a client that
 * leaks it into the URL fails here.
 */

const refuse = (status: number, message: string): SandboxReply => ({ status, body: { status: 'fail', message } });

/** Undefined lets the request through; else the refusal. Used for every path under /orders. */
export function authenticateOrders(request: SandboxRequest): SandboxReply | undefined {
	const token = SANDBOX_TOKENS.botobotToken;
	const inQuery = Object.values(request.query).some((value) => (Array.isArray(value) ? value : [value]).some((entry) => entry.includes(token)));
	if (inQuery || request.path.includes(token) || decodeURIComponent(request.path).includes(token)) {
		return refuse(400, 'The token must be sent as Authorization: Bearer, not in the URL');
	}
	const header = request.headers.authorization;
	if (header === undefined) return refuse(401, 'Unauthorized');
	if (header !== `Bearer ${token}`) return refuse(403, 'Access denied: invalid API token');
	return undefined;
}

export const isOrdersPath = (path: string) => path === '/orders' || path.startsWith('/orders/');

/** Details of the seed orders, so the list looks like a shop's (1002 without email, as real ones come). */
export function seedOrderDetails(id: number): Record<string, unknown> {
	const base = sampleBotobotOrder({ id });
	const variants: Record<number, Record<string, unknown>> = {
		1001: { email: 'olena@example.com' },
		1002: { mobile: '+380501112233', recipient: 'Taras Shevchuk', email: '' },
		1003: { mobile: '+380931234567', recipient: 'Iryna Bondar', email: 'iryna@example.com' },
	};
	return { ...base, ...(variants[id] ?? { email: `buyer${id}@example.com` }) };
}

export function orderView(order: BotobotOrder): Record<string, unknown> {
	const details = order.details ?? seedOrderDetails(order.id);
	const goods = Array.isArray(details.goods) ? details.goods : [];
	return {
		...details,
		id: order.id,
		status: order.status,
		paid: order.paid,
		mobile: String(details.mobile ?? ''),
		email: String(details.email ?? ''),
		goods,
	};
}

/** An order Botobot now knows: from a callback it sent, or added by a test. Existing ones keep their state. */
export function recordOrder(store: BotobotStore, details: Record<string, unknown>): BotobotOrder {
	const id = Number(details.id) > 0 ? Number(details.id) : Math.max(1000, ...store.orders.keys()) + 1;
	const existing = store.orders.get(id);
	if (existing) return existing;
	const order: BotobotOrder = { id, status: 0, paid: false, details: { ...details, id } };
	store.orders.set(id, order);
	return order;
}

/** A buyer's new order with the next id (unpaid): the sample order, with `given` over it. */
function addNewOrder(store: BotobotStore, given: Record<string, unknown> = {}): BotobotOrder {
	const id = Math.max(1000, ...store.orders.keys()) + 1;
	return recordOrder(store, { ...sampleBotobotOrder({ id, email: `buyer${id}@example.com` }), ...given, id });
}

/**
 * `GET /orders` and the control `POST /__sandbox/add-order` with `{order?}` (a new order, next id,
 * unpaid — what a buyer's checkout creates), answering the order as the list shows it; the control
 * `add-paid-orders` with `{count}` adds that many new orders, paid already.
 */
export function registerOrders(sandbox: Sandbox, store: BotobotStore): void {
	sandbox.route('GET', '/orders', () => ({
		status: 200,
		body: [...store.orders.values()]
			.filter((order) => (store.hiddenUntil.get(order.id) ?? 0) <= Date.now())
			.sort((a, b) => a.id - b.id)
			.map(orderView),
	}));
	sandbox.addControl('hide-order', (input) => {
		const id = Number(input.id);
		if (!store.orders.has(id)) throw new Error(`no order ${id}`);
		store.hiddenUntil.set(id, Date.now() + Number(input.ms));
		return { hidden: id };
	});
	sandbox.addControl('add-order', (input) => orderView(addNewOrder(store, (input.order ?? {}) as Record<string, unknown>)));
	// Many new orders at once, already paid (checkout and payment between two polls): `{count}`.
	sandbox.addControl('add-paid-orders', (input) => {
		const count = Number(input.count);
		if (!Number.isInteger(count) || count < 1 || count > 1000) throw new Error('count must be an integer from 1 to 1000');
		const ids = Array.from({ length: count }, () => {
			const order = addNewOrder(store);
			order.paid = true;
			return order.id;
		});
		return { ids };
	});
}
