import { toFormFields } from '../../../nodes/shared/http/encodeBody';

export type CallbackEncoding = 'form' | 'json';

export interface SendCallbackInput {
	url: string;
	method: 'GET' | 'POST';
	encoding: CallbackEncoding;
	order: Record<string, unknown>;
}

/**
 * A realistic new-order callback as Botobot documents it (3 goods; a Telegram block as newer Botobot
 * versions add). Order 1001 exists in the sandbox's store, so a flow can go on to update it.
 */
export function sampleBotobotOrder(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		id: 1001,
		user_chat_id: '417309512',
		cost_total: 2291.5,
		cost_cart: 2041.5,
		cost_discount: 70,
		cost_delivery: 250,
		delivery: 'shipping',
		time: '2026-11-23 14:00',
		recipient: 'Olena Kovalenko',
		address: 'Kyiv, Khreshchatyk St 22, apt 5',
		mobile: '+380671234567',
		goods: [
			{ id: 101, article: 'TEA-GRN-100', title: 'Green tea Sencha 100 g', count: 2, price: 320, discount: 20, total: 600 },
			{ id: 205, article: 'CUP-CER-01', title: 'Ceramic cup', count: 1, price: 540, discount: 0, total: 540 },
			{ id: 317, article: 'HNY-LND-250', title: 'Linden honey 250 g', count: 3, price: 310.5, discount: 10, total: 901.5 },
		],
		user_telegram: { id: '417309512', username: 'olena_k', first_name: 'Olena' },
		...overrides,
	};
}

/** Checks the control's input; throws (→ HTTP 500 with the message) when it cannot be used. */
export function readSendCallbackInput(input: Record<string, unknown>): SendCallbackInput {
	const { url, method, encoding = 'form', order } = input;
	if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw new Error('"url" must be an http(s) URL');
	if (method !== 'GET' && method !== 'POST') throw new Error('"method" must be GET or POST');
	if (encoding !== 'form' && encoding !== 'json') throw new Error('"encoding" must be form or json');
	if (order !== undefined && (typeof order !== 'object' || order === null || Array.isArray(order))) {
		throw new Error('"order" must be an object');
	}
	return { url, method, encoding, order: (order as Record<string, unknown> | undefined) ?? sampleBotobotOrder() };
}

/** PHP's http_build_query: nested values in bracket notation, every value a string. */
export function encodeOrder(order: Record<string, unknown>): string {
	return new URLSearchParams(toFormFields(order)).toString();
}

/** Sends a callback as Botobot does (GET query, form POST or JSON POST) and returns the target's answer. */
export async function sendOrderCallback(input: SendCallbackInput): Promise<{ status: number; body: unknown }> {
	const { method, encoding, order } = input;
	let url = input.url;
	const init: RequestInit = { method, headers: { 'User-Agent': 'Botobot-sandbox' } };
	if (method === 'GET') {
		url += (url.includes('?') ? '&' : '?') + encodeOrder(order);
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
