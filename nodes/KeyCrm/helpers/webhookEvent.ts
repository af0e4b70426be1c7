/**
 * KeyCRM automation webhooks ("send webhook" action), read leniently. Pure: no n8n imports.
 *
 * Third-party receivers show a POST body `{"event": "order.change_order_status", "context": {...}}`.
 * How a GET carries the same is not documented, so a GET is read from the query in any plausible
 * shape: `event` + `context` as an object (`context[id]=…`, bracket keys) or as JSON text, or the
 * context fields flat next to `event`. The context is passed through whole: fields beyond the few
 * seen (`id`, `status_id`, `status_changed_at`, `updated_at`, `source_uuid`) are unknown.
 */
import { isRecord, type JsonRecord } from '../../shared/http/envelope';
import { deliveryKey } from '../../shared/trigger/webhook/deliveryKey';
import { bodyShapeProblem } from '../../shared/trigger/webhook/jsonDepth';

export const ORDER_STATUS_EVENT = 'order.change_order_status';
export const PAYMENT_STATUS_EVENT = 'order.change_payment_status';
export const CARD_STATUS_EVENT = 'lead.change_lead_status';
export const ANY_EVENT = '*';

export interface WebhookInput {
	method: string;
	body: unknown;
	rawBody?: string;
	query: unknown;
}

export type EventReading = { ok: true; event: string; context: JsonRecord } | { ok: false; reason: string };

export type RecordKind = 'order' | 'card';

function parseJson(text: unknown): unknown {
	if (typeof text !== 'string' || !/^\s*[[{]/.test(text)) return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** `context[id]=5` kept flat by a parser that does not expand brackets. */
function bracketFields(source: JsonRecord, name: string): JsonRecord | undefined {
	const prefix = `${name}[`;
	const entries = Object.entries(source).filter(([key]) => key.startsWith(prefix) && key.endsWith(']'));
	return entries.length > 0 ? Object.fromEntries(entries.map(([key, value]) => [key.slice(prefix.length, -1), value])) : undefined;
}

function fromObject(source: JsonRecord): EventReading | undefined {
	const event = typeof source.event === 'string' ? source.event.trim() : '';
	if (event === '') return undefined;
	const nested = isRecord(source.context) ? source.context : parseJson(source.context);
	const context = isRecord(nested) ? nested : bracketFields(source, 'context');
	if (context) return { ok: true, event, context };
	// The context fields flat beside the event (a GET that lists them as its own query).
	const flat = Object.fromEntries(Object.entries(source).filter(([key]) => key !== 'event' && key !== 'secret' && key !== 'context'));
	return Object.keys(flat).length > 0 ? { ok: true, event, context: flat } : undefined;
}

/** More query fields than any KeyCRM webhook sends: a longer query is refused rather than read. */
export const MAX_QUERY_FIELDS = 500;

/**
 * A raw query (every `?` already read as `&`) as flat fields, bracket keys kept as written
 * (`context[id]`), the last of a repeated name winning; undefined beyond MAX_QUERY_FIELDS.
 */
export function queryFields(rawQuery: string): JsonRecord | undefined {
	const fields: JsonRecord = {};
	let count = 0;
	for (const [key, value] of new URLSearchParams(rawQuery)) {
		if (++count > MAX_QUERY_FIELDS) return undefined;
		if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
		fields[key] = value;
	}
	return fields;
}

/** The event and its context from a webhook request, or why it is not a KeyCRM webhook. */
export function readWebhookEvent(input: WebhookInput): EventReading {
	const candidates: unknown[] = [input.body, parseJson(input.rawBody), parseJson(input.body)];
	if (input.method.toUpperCase() === 'GET' || !isRecord(input.body) || Object.keys(input.body).length === 0) {
		candidates.push(input.query);
	}
	for (const candidate of candidates) {
		if (!isRecord(candidate)) continue;
		const shape = bodyShapeProblem(candidate);
		if (shape) return { ok: false, reason: shape };
		const reading = fromObject(candidate);
		if (reading) return reading;
	}
	return { ok: false, reason: 'Not a KeyCRM webhook: expected an "event" and its "context"' };
}

/** Which record an event is about, for fetching it in full. */
export function recordKindOf(event: string): RecordKind | undefined {
	if (event.startsWith('order.')) return 'order';
	if (event.startsWith('lead.')) return 'card';
	return undefined;
}

export interface StatusFilters {
	events: string[];
	orderStatusIds: Array<string | number>;
	paymentStatuses: string[];
	cardStatusIds: Array<string | number>;
}

function chosen(values: Array<string | number>, value: unknown): boolean {
	// A filter that is set but cannot be judged (the field is missing) lets the event through.
	if (values.length === 0 || value === undefined || value === null || value === '') return true;
	return values.map(String).includes(String(value));
}

/** Why this event is not wanted by the node's settings, or undefined when it is. */
export function unwantedReason(event: string, record: JsonRecord, filters: StatusFilters): string | undefined {
	if (filters.events.length > 0 && !filters.events.includes(ANY_EVENT) && !filters.events.includes(event)) {
		return `event "${event}" is not selected`;
	}
	const kind = recordKindOf(event);
	if (kind === 'order' && !chosen(filters.orderStatusIds, record.status_id)) return `order status ${String(record.status_id)} is not selected`;
	if (kind === 'order' && !chosen(filters.paymentStatuses, record.payment_status)) {
		return `payment status "${String(record.payment_status)}" is not selected`;
	}
	if (kind === 'card' && !chosen(filters.cardStatusIds, record.status_id)) return `card status ${String(record.status_id)} is not selected`;
	return undefined;
}

/** Whether a filter needs a field the context lacks (then the full record is read to judge it). */
export function filterNeedsRecord(event: string, context: JsonRecord, filters: StatusFilters): boolean {
	const kind = recordKindOf(event);
	const missing = (field: string) => context[field] === undefined || context[field] === null;
	if (kind === 'order') {
		return (filters.orderStatusIds.length > 0 && missing('status_id')) || (filters.paymentStatuses.length > 0 && missing('payment_status'));
	}
	return kind === 'card' && filters.cardStatusIds.length > 0 && missing('status_id');
}

/** Same event, record, status and time: a repeat KeyCRM sent because it missed our 200. */
export function webhookDeliveryKey(event: string, context: JsonRecord): string {
	const part = (value: unknown) => (value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));
	return deliveryKey(
		'keycrm',
		event,
		part(context.id),
		part(context.status_id),
		part(context.payment_status),
		// Without a time the whole context tells one change from the next.
		part(context.status_changed_at ?? context.updated_at ?? context),
	);
}
