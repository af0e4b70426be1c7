/**
 * Reads the new-order request Botobot sends to the shop's "CRM url" — GET with a query string, or
 * POST with a form, multipart or JSON body — into typed orders. Pure (no n8n imports); never throws.
 *
 * Query, form and multipart fields (all text) are turned into PHP-style pairs and parsed once, so
 * the result is the same whichever way they came and whatever n8n's own parser made of them. A
 * JSON body keeps its own types; in every case only the documented fields are typed.
 */
import { isRecord } from '../../shared/http/envelope';
import { bodyShapeProblem } from '../../shared/trigger/webhook/jsonDepth';
import { isMultipart, multipartPairs, pairsFromParsedFields } from './multipart';
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

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function typed(record: Record<string, unknown>, integers: string[], numbers: string[]): Record<string, unknown> {
	const result: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(record)) {
		if (FORBIDDEN_KEYS.has(key)) continue;
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

/** JSON bodies deeper than this are refused: a real order nests three levels. */
export const MAX_JSON_DEPTH = 20;

/** How deeply a parsed JSON value nests (iteratively: a hostile body cannot exhaust the stack). */
export function jsonDepth(value: unknown): number {
	let deepest = 0;
	const stack: Array<[unknown, number]> = [[value, 0]];
	while (stack.length > 0) {
		const [current, depth] = stack.pop()!;
		if (typeof current !== 'object' || current === null) continue;
		deepest = Math.max(deepest, depth + 1);
		if (deepest > MAX_JSON_DEPTH) return deepest;
		for (const child of Object.values(current)) stack.push([child, depth + 1]);
	}
	return deepest;
}

function looksJson(contentType: string, body: string): boolean {
	if (/json/i.test(contentType)) return true;
	return !/x-www-form-urlencoded/i.test(contentType) && !isMultipart(contentType) && /^\s*[[{]/.test(body);
}

/** One order as it came: pairs to read in bracket notation, or an object a JSON body already carries. */
type OrderSource = { pairs: FormPair[] } | { json: Record<string, unknown> };

function isPlainRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonSources(raw: string): OrderSource[] | string {
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return 'The body is not valid JSON';
	}
	return parsedSources(parsed);
}

/** Botobot's order ids are numbers; anything longer than this is not one. */
export const MAX_ID_LENGTH = 64;

/** Botobot sends one order per callback; a JSON array is read, up to this many. */
export const MAX_ORDERS = 100;

/** The orders of an already parsed JSON body, or why they are refused (too deep, too many). */
function parsedSources(parsed: unknown): OrderSource[] | string {
	if (Array.isArray(parsed) && parsed.length > MAX_ORDERS) {
		return `The request carries ${parsed.length} orders; at most ${MAX_ORDERS} are read per request`;
	}
	if (jsonDepth(parsed) > MAX_JSON_DEPTH) return `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep`;
	const shape = bodyShapeProblem(parsed);
	if (shape) return shape;
	const entries = Array.isArray(parsed) ? parsed : [parsed];
	return entries.filter(isPlainRecord).map((json) => ({ json }));
}

/** The body's order(s): one source per order (a JSON array carries several). */
function bodySources(request: CallbackRequest): OrderSource[] | string {
	const raw = request.rawBody ?? '';
	const contentType = request.contentType ?? '';
	if (isMultipart(contentType)) {
		if (raw.trim() !== '') {
			const reading = multipartPairs(raw, contentType);
			return reading.ok ? [{ pairs: reading.pairs }] : reading.reason;
		}
		// n8n's own multipart parser keeps the fields flat under "data" (and files under "files").
		const body = request.body;
		if (isPlainRecord(body) && isPlainRecord(body.data)) return [{ pairs: pairsFromParsedFields(body.data) }];
		return [{ pairs: isPlainRecord(body) ? pairsFromParsedFields(body) : [] }];
	}
	if (raw.trim() !== '') {
		return looksJson(contentType, raw) ? jsonSources(raw) : [{ pairs: pairsFromQueryString(raw.trim()) }];
	}
	// No raw text: what the web server parsed. A JSON body keeps its types; a form's flat bracket keys
	// (or their nested reading) are read as pairs.
	if (Array.isArray(request.body) || (isPlainRecord(request.body) && /json/i.test(contentType))) return parsedSources(request.body);
	if (jsonDepth(request.body) > MAX_JSON_DEPTH) return `The body is nested more than ${MAX_JSON_DEPTH} levels deep`;
	return [{ pairs: pairsFromValue(request.body) }];
}

/**
 * The query's pairs. A literal "?" separates pairs too: how Botobot appends the order to a "CRM url"
 * that already has a query is not documented (`…?secret=S&id=1` or `…?secret=S?id=1`), and its own
 * values come URL-encoded, so a bare "?" is never part of one.
 */
export function callbackQueryPairs(request: Pick<CallbackRequest, 'rawQuery' | 'query'>): FormPair[] {
	if (request.rawQuery === undefined) return pairsFromValue(request.query);
	return pairsFromQueryString(request.rawQuery.replace(/\?/g, '&'));
}

/**
 * The orders of one callback request. `ignoreQueryKeys` names query parameters that belong to n8n's
 * side (the URL secret) and are never part of an order. JSON bodies keep their own types: only the
 * documented fields are typed, everything else stays as sent; form, query and multipart values
 * (all text) are typed the same way.
 */
export function readCallback(request: CallbackRequest, ignoreQueryKeys: readonly string[] = []): CallbackReading {
	try {
		const queryPairs = callbackQueryPairs(request).filter(([key]) => !ignoreQueryKeys.includes(key));
		const sources = request.method.toUpperCase() === 'GET' ? [{ pairs: [] }] : bodySources(request);
		if (typeof sources === 'string') return { ok: false, reason: sources };
		const orders = sources
			.map((source) =>
				'json' in source ? { ...parseBracketPairs(queryPairs), ...source.json } : parseBracketPairs([...queryPairs, ...source.pairs]),
			)
			.filter((order) => Object.keys(order).length > 0)
			.map(typeOrder);
		if (orders.length === 0) return { ok: false, reason: 'The request carries no order fields' };
		if (orders.some((order) => order.id === undefined || order.id === '')) {
			return { ok: false, reason: 'The request carries no order id ("id")' };
		}
		if (orders.some((order) => String(order.id).length > MAX_ID_LENGTH)) {
			return { ok: false, reason: `The request carries an order id ("id") longer than ${MAX_ID_LENGTH} characters` };
		}
		return { ok: true, orders };
	} catch (error) {
		return { ok: false, reason: `The request could not be read: ${(error as Error).message}` };
	}
}
