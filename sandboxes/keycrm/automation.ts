/**
 * KeyCRM's automation rules with the action "send webhook", as far as they are known: the user
 * gives a URL and GET or POST; KeyCRM sends `{"event": "...", "context": {...}}` unsigned, without
 * custom headers, and sends again a few times until it gets 200.
 *
 * Also keeps what a status change stamps on a record (`status_changed_at`, `updated_at`), so the
 * polling trigger has something to see, and fires the rules' webhooks on such changes.
 */
import { CARD_STATUS_EVENT, ORDER_STATUS_EVENT, PAYMENT_STATUS_EVENT } from '../../nodes/KeyCrm/helpers/webhookEvent';
import type { Handler, Sandbox, SandboxReply } from '../core/sandbox';
import type { CatalogStore } from './catalogStore';
import { now } from './orderRecords';
import type { KeyCrmStore, Row } from './store';

export const KEYCRM_EVENTS = [ORDER_STATUS_EVENT, PAYMENT_STATUS_EVENT, CARD_STATUS_EVENT] as const;

/** The secret the sandbox credentials put into the KeyCRM Trigger's URL. Not secret: a local test value. */
export const KEYCRM_WEBHOOK_SECRET = 'keycrm-webhook-secret-5e7a1c9b';

export interface Rule {
	url: string;
	method: 'GET' | 'POST';
	events: string[];
}

export interface SentWebhook {
	url: string;
	method: string;
	event: string;
	context: Row;
	/** HTTP status of each attempt (0: no answer). */
	attempts: number[];
	body: unknown;
}

/** What the webhook context of a record carries (the fields seen in third-party receivers). */
export function orderContext(order: Row): Row {
	const { id, status_id, payment_status, status_changed_at, updated_at, source_uuid, source_id, created_at } = order;
	return { id, status_id, payment_status, status_changed_at, updated_at, source_uuid, source_id, created_at };
}

export function cardContext(card: Row): Row {
	const { id, status_id, pipeline_id, status_changed_at, updated_at, created_at } = card;
	return { id, status_id, pipeline_id, status_changed_at, updated_at, created_at };
}

/** A GET carries the context as bracket query parameters (`context[id]=5`): undocumented, one plausible shape. */
function getUrl(url: string, event: string, context: Row): string {
	const query = new URLSearchParams({ event });
	for (const [key, value] of Object.entries(context)) if (value !== undefined && value !== null) query.append(`context[${key}]`, String(value));
	return `${url}${url.includes('?') ? '&' : '?'}${query.toString()}`;
}

/** Sends one webhook the way KeyCRM does: again (up to `attempts` times) until the answer is 200. */
export async function sendKeyCrmWebhook(args: {
	url: string;
	method?: 'GET' | 'POST';
	event: string;
	context: Row;
	attempts?: number;
	retryDelayMs?: number;
}): Promise<SentWebhook> {
	const method = args.method ?? 'POST';
	const sent: SentWebhook = { url: args.url, method, event: args.event, context: args.context, attempts: [], body: undefined };
	for (let attempt = 0; attempt < (args.attempts ?? 3); attempt++) {
		if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, args.retryDelayMs ?? 200));
		try {
			const response =
				method === 'GET'
					? await fetch(getUrl(args.url, args.event, args.context))
					: await fetch(args.url, {
							method: 'POST',
							headers: { 'Content-Type': 'application/json' },
							body: JSON.stringify({ event: args.event, context: args.context }),
						});
			const text = await response.text();
			sent.attempts.push(response.status);
			try {
				sent.body = text ? JSON.parse(text) : '';
			} catch {
				sent.body = text;
			}
			if (response.status === 200) break;
		} catch (error) {
			sent.attempts.push(0);
			sent.body = (error as Error).message;
		}
	}
	return sent;
}

type Snapshot = Map<string, string>;

/**
 * Wraps the sandbox's routes so every write is followed by a look at what changed: the stamps a
 * status change leaves, and the rules' webhooks. Call before any route is registered.
 */
export function addAutomation(sandbox: Sandbox, store: KeyCrmStore, catalog: () => CatalogStore) {
	const rules: Rule[] = [];
	const sent: SentWebhook[] = [];
	const pending = new Set<Promise<unknown>>();
	const orderState = (order: Row) => JSON.stringify([order.status_id, order.payment_status]);
	const snapshot = (): Snapshot => {
		const state: Snapshot = new Map(store.orders.map((order) => [`order:${String(order.id)}`, orderState(order)]));
		for (const card of catalog().data.cards) state.set(`card:${String(card.id)}`, JSON.stringify([card.status_id]));
		return state;
	};
	const fire = (event: string, context: Row) => {
		for (const rule of rules.filter((candidate) => candidate.events.includes(event))) {
			const delivery = sendKeyCrmWebhook({ url: rule.url, method: rule.method, event, context }).then((result) => sent.push(result));
			pending.add(delivery);
			void delivery.finally(() => pending.delete(delivery));
		}
	};
	const compare = (before: Snapshot) => {
		for (const order of store.orders) {
			const was = before.get(`order:${String(order.id)}`);
			order.status_changed_at ??= order.created_at;
			if (was === undefined || was === orderState(order)) continue;
			const [status, payment] = JSON.parse(was) as [unknown, unknown];
			const at = now();
			order.updated_at = at;
			if (status !== order.status_id) order.status_changed_at = at;
			if (status !== order.status_id) fire('order.change_order_status', orderContext(order));
			if (payment !== order.payment_status) fire('order.change_payment_status', orderContext(order));
		}
		for (const card of catalog().data.cards) {
			const was = before.get(`card:${String(card.id)}`);
			card.status_changed_at ??= card.created_at;
			if (was === undefined || was === JSON.stringify([card.status_id])) continue;
			card.status_changed_at = now();
			fire('lead.change_lead_status', cardContext(card));
		}
	};
	const route = sandbox.route.bind(sandbox);
	sandbox.route = (method: string, path: string, handler: Handler) =>
		route(method, path, async (request): Promise<SandboxReply> => {
			if (request.method === 'GET') return await handler(request);
			const before = snapshot();
			const reply = await handler(request);
			compare(before);
			return reply;
		});

	sandbox.addControl('automation-rule', (input) => {
		const { url, method = 'POST', events = [...KEYCRM_EVENTS] } = input as Partial<Rule>;
		if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw new Error('"url" must be an http(s) URL');
		if (method !== 'GET' && method !== 'POST') throw new Error('"method" must be GET or POST');
		rules.push({ url, method, events });
		return { ok: true, rules: rules.length };
	});
	sandbox.addControl('sent-webhooks', async () => {
		await Promise.all([...pending]);
		return sent;
	});
	// `{url, method?, event, orderId | cardId | context, copies?, attempts?}`: sends now (copies at once).
	sandbox.addControl('send-webhook', async (input) => {
		const { url, method, event, orderId, cardId, copies = 1, attempts } = input as Record<string, unknown>;
		if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw new Error('"url" must be an http(s) URL');
		if (typeof event !== 'string' || event === '') throw new Error('"event" must be a non-empty string');
		const order = orderId === undefined ? undefined : store.orders.find((row) => String(row.id) === String(orderId));
		const card = cardId === undefined ? undefined : catalog().data.cards.find((row) => String(row.id) === String(cardId));
		if (orderId !== undefined && !order) throw new Error(`no order ${String(orderId)}`);
		if (cardId !== undefined && !card) throw new Error(`no card ${String(cardId)}`);
		const context = order ? orderContext(order) : card ? cardContext(card) : ((input.context ?? {}) as Row);
		const results = await Promise.all(
			Array.from({ length: Number(copies) }, () =>
				sendKeyCrmWebhook({ url, method: method as Rule['method'], event, context, attempts: attempts as number | undefined }),
			),
		);
		sent.push(...results);
		return Number(copies) === 1 ? results[0] : results;
	});
	return {
		rules,
		sent,
		reset() {
			rules.length = 0;
			sent.length = 0;
		},
		/** Waits until the webhooks fired so far were answered. */
		async settled() {
			await Promise.all([...pending]);
		},
	};
}
