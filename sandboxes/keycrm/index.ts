import { hideFor } from '../core/hide';
import { Sandbox, type SandboxRequest } from '../core/sandbox';
import { SANDBOX_TOKENS } from '../tokens';
import { addAutomation } from './automation';
import { registerCatalogSandbox } from './catalogRoutes';
import { registerOrderRoutes } from './orders';
import { KeyCrmStore, type Row } from './store';

/** KeyCRM's OpenAPI 1.2.0 as a local server: Bearer key, Laravel paginator and 422 bodies. */
export function createKeyCrmSandbox() {
	const store = new KeyCrmStore();
	const sandbox = new Sandbox({
		name: 'KeyCRM',
		prefix: '/v1',
		authenticate(request: SandboxRequest) {
			if (request.headers.authorization === `Bearer ${SANDBOX_TOKENS.keyCrmApiKey}`) return undefined;
			return { status: 401, body: { message: 'Unauthenticated.' } };
		},
		// Laravel's throttle: Limit and Remaining on every answer; a 429 adds Retry-After and the reset
		// as a UNIX time, unless the sandbox was told to refuse without them (KeyCRM sometimes does).
		rateLimitHeaders: ({ limit, remaining }) => ({ 'X-RateLimit-Limit': String(limit), 'X-RateLimit-Remaining': String(remaining) }),
		tooManyRequests: ({ limit, resetAt, retryAfterSeconds }) => ({
			status: 429,
			body: { message: 'Too Many Attempts.' },
			headers: {
				'X-RateLimit-Limit': String(limit),
				'X-RateLimit-Remaining': '0',
				...(retryAfterSeconds !== undefined
					? { 'Retry-After': String(retryAfterSeconds), 'X-RateLimit-Reset': String(Math.ceil(resetAt / 1000)) }
					: {}),
			},
		}),
		notFound: () => ({ status: 404, body: { message: 'Not Found' } }),
		reset: () => {
			store.reset();
			catalog.reset();
			automation.reset();
		},
	});
	// Before any route: it watches every write for status changes (stamps and "send webhook" rules).
	const automation = addAutomation(sandbox, store, () => catalog);
	registerOrderRoutes(sandbox, store);
	// A late order (end-to-end poll checks): listed only `ms` after this call.
	sandbox.addControl('hide-order', (input) => {
		const order = store.orders.find((row) => String(row.id) === String(input.id));
		if (!order) throw new Error(`no order ${String(input.id)}`);
		hideFor(() => store.orders, order, Number(input.ms));
		return { hidden: order.id };
	});
	// Many orders at once (end-to-end poll checks), past the API and its rate limit: `{count, order?}`,
	// each stored as `POST /order` would, `order` may give `created_at` (several in one second).
	sandbox.addControl('seed-orders', (input) => {
		const count = Number(input.count);
		if (!Number.isInteger(count) || count < 1 || count > 1000) throw new Error('count must be an integer from 1 to 1000');
		const fields = (input.order ?? {}) as Row;
		return { ids: Array.from({ length: count }, () => store.addOrder({ ...fields }).id) };
	});
	// Catalog side: buyers, companies, products, offers, stocks, pipelines, storage, payments, calls, users.
	const catalog = registerCatalogSandbox(sandbox, store);
	return { sandbox, store, catalog, automation };
}

export type KeyCrmSandbox = ReturnType<typeof createKeyCrmSandbox>;
