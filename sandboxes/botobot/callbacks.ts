import { toFormFields } from '../../nodes/shared/http/encodeBody';
import { sampleBotobotOrder } from './samples';

export type CallbackEncoding = 'form' | 'json' | 'multipart';

/**
 * How the order's query is joined to a "CRM url" that already has one: `&` (as a URL builder
 * would), or a second `?` (string concatenation) — Botobot does not document which it does.
 */
export type QueryJoin = '&' | '?';

export interface SendCallbackInput {
	url: string;
	method: 'GET' | 'POST';
	encoding: CallbackEncoding;
	order: Record<string, unknown>;
	join: QueryJoin;
	/** Extra query fields a POST appends to the URL too (joined as `join` says), if any. */
	query?: Record<string, unknown>;
}

/**
 * Checks the input of `POST /__sandbox/send-callback` — `{url, method: 'GET'|'POST', encoding?:
 * 'form'|'json'|'multipart', join?: '&'|'?', query?, order?}`; throws (→ HTTP 500 with the message)
 * when it cannot be used.
 */
export function readSendCallbackInput(input: Record<string, unknown>): SendCallbackInput {
	const { url, method, encoding = 'form', order, join = '&', query } = input;
	if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw new Error('"url" must be an http(s) URL');
	if (method !== 'GET' && method !== 'POST') throw new Error('"method" must be GET or POST');
	if (encoding !== 'form' && encoding !== 'json' && encoding !== 'multipart') throw new Error('"encoding" must be form, json or multipart');
	if (join !== '&' && join !== '?') throw new Error('"join" must be & or ?');
	if (query !== undefined && (typeof query !== 'object' || query === null || Array.isArray(query))) throw new Error('"query" must be an object');
	if (order !== undefined && (typeof order !== 'object' || order === null || Array.isArray(order))) {
		throw new Error('"order" must be an object');
	}
	return { url, method, encoding, join, query: query as Record<string, unknown> | undefined, order: (order as Record<string, unknown> | undefined) ?? sampleBotobotOrder() };
}

/** PHP's http_build_query: nested values in bracket notation, every value a string. */
export function encodeOrder(order: Record<string, unknown>): string {
	return new URLSearchParams(toFormFields(order)).toString();
}

/**
 * `multipart/form-data` as PHP's curl sends an array given as CURLOPT_POSTFIELDS: one part per field,
 * named in bracket notation, every value text.
 */
export function encodeMultipart(order: Record<string, unknown>, boundary = '------------------------botobot5e1d7a'): { body: string; contentType: string } {
	const parts = toFormFields(order).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
	return { body: `${parts.join('')}--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The URL with the order's query appended, joined as asked when the URL already has a query. */
export function appendQuery(url: string, query: string, join: QueryJoin = '&'): string {
	return url + (url.includes('?') ? join : '?') + query;
}

/** Sends a callback as Botobot does (GET query, form, JSON or multipart POST) and returns the target's answer. */
export async function sendOrderCallback(input: SendCallbackInput): Promise<{ status: number; body: unknown }> {
	const { method, encoding, order } = input;
	let url = input.url;
	const init: RequestInit = { method, headers: { 'User-Agent': 'Botobot-sandbox' } };
	if (method === 'POST' && input.query) url = appendQuery(url, encodeOrder(input.query), input.join);
	if (method === 'GET') {
		url = appendQuery(url, encodeOrder(order), input.join);
	} else if (encoding === 'multipart') {
		const { body, contentType } = encodeMultipart(order);
		init.body = body;
		init.headers = { ...init.headers, 'Content-Type': contentType };
	} else if (encoding === 'json') {
		init.body = JSON.stringify(order);
		init.headers = { ...init.headers, 'Content-Type': 'application/json' };
	} else {
		init.body = encodeOrder(order);
		init.headers = { ...init.headers, 'Content-Type': 'application/x-www-form-urlencoded' };
	}
	const response = await fetch(url, init);
	const text = await response.text();
	let body: unknown = text;
	try {
		body = text === '' ? '' : JSON.parse(text);
	} catch {
		// Not JSON: the text as it came.
	}
	return { status: response.status, body };
}
