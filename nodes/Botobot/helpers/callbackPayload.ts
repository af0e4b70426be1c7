/**
 * Reads the new-order request Botobot sends to the shop's "CRM url" — GET with a query string, or
 * POST with a form or JSON body — into typed orders. Pure (no n8n imports); never throws.
 *
 * Everything is turned into PHP-style pairs first and parsed once, so the result is the same whether
 * the order came by GET, form POST or JSON POST, and whatever n8n's own body parser made of it.
 */
import { isRecord } from '../../shared/http/envelope';
import {
	pairsFromQueryString,
	pairsFromValue,
	parseBracketPairs,
	type FormPair,
	type FormValue,
} from './bracketNotation';

export type CallbackField = FormValue | number | CallbackField[] | { [key: string]: CallbackField };
export type BotobotCallbackOrder = { [key: string]: CallbackField };

export interface CallbackRequest {
	method: string;
	contentType?: string;
	/** The query string as it came over the wire (after "?"), when known. */
	rawQuery?: string;
	/** The query as the web server parsed it: used only when the raw query string is unknown. */
	query?: unknown;
	/** The body as it came over the wire. */
	rawBody?: string;
	/** The body as the web server parsed it: used only when the raw body is empty. */
	body?: unknown;
}

export type CallbackReading = { ok: true; orders: BotobotCallbackOrder[] } | { ok: false; reason: string };

const INTEGER_FIELDS = ['id', 'status'];
const NUMBER_FIELDS = ['cost_total', 'cost_cart', 'cost_discount', 'cost_delivery'];
const GOOD_INTEGER_FIELDS = ['id', 'count'];
const GOOD_NUMBER_FIELDS = ['price', 'discount', 'total'];

const INTEGER_TEXT = /^[+-]?\d+(\.0*)?$/;
const NUMBER_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

/** A text that reads as an integer becomes one; anything else is left exactly as received. */
export function asInteger(value: unknown): unknown {
	if (typeof value !== 'string' || !INTEGER_TEXT.test(value.trim())) return value;
	const number = Number(value.trim());
	return Number.isSafeInteger(number) ? number : value;
}

/** A text that reads as a number ("12.50", "12,5") becomes one; anything else is left as received. */
export function asNumber(value: unknown): unknown {
	if (typeof value !== 'string' || !NUMBER_TEXT.test(value.trim())) return value;
	const number = Number(value.trim().replace(',', '.'));
	return Number.isFinite(number) ? number : value;
}

function typed(record: Record<string, unknown>, integers: string[], numbers: string[]): Record<string, unknown> {
	const result: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(record)) {
		result[key] = integers.includes(key) ? asInteger(value) : numbers.includes(key) ? asNumber(value) : value;
	}
	return result;
}

/** Goods as a list in index order, also when the indexes were sparse (`goods[1]`, `goods[7]`). */
function goodsList(goods: unknown): unknown {
	let list: unknown[];
	if (Array.isArray(goods)) list = goods;
	else if (isRecord(goods) && Object.keys(goods).every((key) => /^\d+$/.test(key))) {
		list = Object.keys(goods)
			.sort((a, b) => Number(a) - Number(b))
			.map((key) => goods[key]);
	} else return goods;
	return list.map((good) => (isRecord(good) ? typed(good, GOOD_INTEGER_FIELDS, GOOD_NUMBER_FIELDS) : good));
}

/** Types the documented fields of a parsed order; unknown fields are kept as they are. */
export function typeOrder(order: Record<string, unknown>): BotobotCallbackOrder {
	const result = typed(order, INTEGER_FIELDS, NUMBER_FIELDS);
	if ('goods' in result) result.goods = goodsList(result.goods);
	return result as BotobotCallbackOrder;
}

function looksJson(contentType: string, body: string): boolean {
	if (/json/i.test(contentType)) return true;
	return !/x-www-form-urlencoded/i.test(contentType) && /^\s*[[{]/.test(body);
}

/** The body's order(s) as pairs: one list per order (a JSON array carries several). */
function bodyPairs(request: CallbackRequest): FormPair[][] | string {
	const raw = request.rawBody ?? '';
	if (raw.trim() !== '') {
		if (!looksJson(request.contentType ?? '', raw)) return [pairsFromQueryString(raw.trim())];
		let parsed: unknown;
		try {
			parsed = JSON.parse(raw);
		} catch {
			return 'The body is not valid JSON';
		}
		return Array.isArray(parsed) ? parsed.map((entry) => pairsFromValue(entry)) : [pairsFromValue(parsed)];
	}
	if (Array.isArray(request.body)) return request.body.map((entry) => pairsFromValue(entry));
	return [pairsFromValue(request.body)];
}

/**
 * The orders of one callback request. `ignoreQueryKeys` names query parameters that belong to n8n's
 * side (the URL secret) and are never part of an order.
 */
export function readCallback(request: CallbackRequest, ignoreQueryKeys: readonly string[] = []): CallbackReading {
	try {
		const queryPairs = (
			request.rawQuery !== undefined ? pairsFromQueryString(request.rawQuery) : pairsFromValue(request.query)
		).filter(([key]) => !ignoreQueryKeys.includes(key));
		const bodies = request.method.toUpperCase() === 'GET' ? [[]] : bodyPairs(request);
		if (typeof bodies === 'string') return { ok: false, reason: bodies };
		const orders = bodies
			.map((pairs) => parseBracketPairs([...queryPairs, ...pairs]))
			.filter((order) => Object.keys(order).length > 0)
			.map(typeOrder);
		if (orders.length === 0) return { ok: false, reason: 'The request carries no order fields' };
		return { ok: true, orders };
	} catch (error) {
		return { ok: false, reason: `The request could not be read: ${(error as Error).message}` };
	}
}

/** The value of one query parameter, from the raw query string when known (the last one wins, as in PHP). */
export function queryParameter(request: Pick<CallbackRequest, 'rawQuery' | 'query'>, name: string): string | undefined {
	const pairs = request.rawQuery !== undefined ? pairsFromQueryString(request.rawQuery) : pairsFromValue(request.query);
	return pairs.filter(([key]) => key === name).pop()?.[1];
}
