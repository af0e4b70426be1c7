import { createHmac, randomUUID } from 'node:crypto';

import type { Sandbox } from '../core/sandbox';
import { SANDBOX_TOKENS } from '../tokens';

export type SignatureMode = 'valid' | 'wrong' | 'missing';
export type SignatureEncoding = 'hex' | 'HEX' | 'base64';

export interface JsonStyle {
	/** `python`: ", " and ": " separators, as json.dumps by default; `compact`: "," and ":". */
	style: 'python' | 'compact';
	/** Non-ASCII (and DEL) as \uXXXX, as json.dumps' ensure_ascii; else written as is. */
	ascii: boolean;
	/** Keys sorted by code point, as json.dumps' sort_keys. */
	sorted: boolean;
}

/** The serializations a Broniboy sender may sign `data` in, by the names the trigger reports. */
export const SIGNED_FORMATS: Record<string, JsonStyle> = {
	python: { style: 'python', ascii: true, sorted: false },
	'python-utf8': { style: 'python', ascii: false, sorted: false },
	'python-sorted': { style: 'python', ascii: true, sorted: true },
	'python-utf8-sorted': { style: 'python', ascii: false, sorted: true },
	compact: { style: 'compact', ascii: false, sorted: false },
	'compact-ascii': { style: 'compact', ascii: true, sorted: false },
	'compact-sorted': { style: 'compact', ascii: false, sorted: true },
	'compact-ascii-sorted': { style: 'compact', ascii: true, sorted: true },
};

function codePoints(text: string): number[] {
	return Array.from(text, (char) => char.codePointAt(0) ?? 0);
}

function byCodePoint([a]: [string, unknown], [b]: [string, unknown]): number {
	const [left, right] = [codePoints(a), codePoints(b)];
	for (let index = 0; index < Math.min(left.length, right.length); index++) if (left[index] !== right[index]) return left[index] - right[index];
	return left.length - right.length;
}

/** JSON of a value in one of the styles a sender might use (independent of the trigger's own code). */
export function serializeJson(value: unknown, how: JsonStyle): string {
	const [item, pair] = how.style === 'python' ? [', ', ': '] : [',', ':'];
	if (Array.isArray(value)) return `[${value.map((entry) => serializeJson(entry, how)).join(item)}]`;
	if (value !== null && typeof value === 'object') {
		let entries = Object.entries(value as Record<string, unknown>).filter(([, entry]) => entry !== undefined);
		if (how.sorted) entries = entries.sort(byCodePoint);
		return `{${entries.map(([key, entry]) => `${serializeJson(key, how)}${pair}${serializeJson(entry, how)}`).join(item)}}`;
	}
	if (typeof value === 'string') {
		const json = JSON.stringify(value);
		return how.ascii ? json.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
	}
	return JSON.stringify(value ?? null);
}

/**
 * JSON as Python's `json.dumps` writes it by default (", " and ": " separators, non-ASCII escaped):
 * what a Django service most likely sends, and unlike JSON.stringify, so a receiver that re-serializes
 * before checking the signature fails.
 */
export function pythonJson(value: unknown): string {
	return serializeJson(value, SIGNED_FORMATS.python);
}

/** HMAC-SHA256 over the exact text of `data` as it stands in the body. */
export function signData(dataText: string, secret: string, encoding: SignatureEncoding = 'hex'): string {
	const digest = createHmac('sha256', secret).update(dataText, 'utf8').digest(encoding === 'base64' ? 'base64' : 'hex');
	return encoding === 'HEX' ? digest.toUpperCase() : digest;
}

/** How the body is written: Python's default (as Broniboy's Django service likely does), or compact. */
export type BodyFormat = 'python' | 'compact';

export interface WebhookDelivery {
	rawBody: string;
	headers: Record<string, string>;
	deliveryId: string;
}

/** A webhook request as Broniboy would send it, signed (or not) as asked. */
export function buildWebhookDelivery(args: {
	event: string;
	data: unknown;
	signature?: SignatureMode;
	deliveryId?: string;
	encoding?: SignatureEncoding;
	secret?: string;
	/** The body's serialization; default python. */
	bodyFormat?: BodyFormat;
	/** What the signature is computed over: `raw` (default) the data text as it stands in the body, or one of SIGNED_FORMATS. */
	signedAs?: string;
}): WebhookDelivery {
	const bodyStyle = SIGNED_FORMATS[args.bodyFormat ?? 'python'];
	const dataText = serializeJson(args.data, bodyStyle);
	const [item, pair] = bodyStyle.style === 'python' ? [', ', ': '] : [',', ':'];
	const rawBody = `{"event"${pair}${serializeJson(args.event, bodyStyle)}${item}"data"${pair}${dataText}}`;
	const signedStyle = args.signedAs && args.signedAs !== 'raw' ? SIGNED_FORMATS[args.signedAs] : undefined;
	if (args.signedAs && args.signedAs !== 'raw' && !signedStyle) throw new Error(`Unknown signed format "${args.signedAs}"`);
	const signedText = signedStyle ? serializeJson(args.data, signedStyle) : dataText;
	const deliveryId = args.deliveryId ?? randomUUID();
	const headers: Record<string, string> = {
		'Content-Type': 'application/json',
		'Hook-Event': args.event,
		'Hook-Delivery': deliveryId,
	};
	const secret = args.secret ?? SANDBOX_TOKENS.broniboyWebhookSecret;
	const mode = args.signature ?? 'valid';
	if (mode !== 'missing') {
		headers['Hook-HMAC'] = signData(signedText, mode === 'wrong' ? `${secret}-not-it` : secret, args.encoding);
	}
	return { rawBody, headers, deliveryId };
}

function readInput(input: Record<string, unknown>) {
	const { url, event, data, signature = 'valid', deliveryId, encoding = 'hex', bodyFormat = 'python', signedAs = 'raw', secret } = input;
	if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw new Error('"url" must be an http(s) URL');
	if (typeof event !== 'string' || event === '') throw new Error('"event" must be a non-empty string');
	if (!['valid', 'wrong', 'missing'].includes(signature as string)) throw new Error('"signature" must be valid, wrong or missing');
	if (!['hex', 'HEX', 'base64'].includes(encoding as string)) throw new Error('"encoding" must be hex, HEX or base64');
	if (deliveryId !== undefined && typeof deliveryId !== 'string') throw new Error('"deliveryId" must be a string');
	if (secret !== undefined && (typeof secret !== 'string' || secret === '')) throw new Error('"secret" must be a non-empty string');
	if (bodyFormat !== 'python' && bodyFormat !== 'compact') throw new Error('"bodyFormat" must be python or compact');
	if (typeof signedAs !== 'string' || (signedAs !== 'raw' && !SIGNED_FORMATS[signedAs])) {
		throw new Error(`"signedAs" must be raw or one of ${Object.keys(SIGNED_FORMATS).join(', ')}`);
	}
	return {
		bodyFormat: bodyFormat as BodyFormat,
		signedAs,
		url,
		event,
		data,
		signature: signature as SignatureMode,
		deliveryId: deliveryId as string | undefined,
		encoding: encoding as SignatureEncoding,
		secret: secret as string | undefined,
	};
}

/**
 * `POST /__sandbox/send-webhook` with `{url, event, data, signature: 'valid'|'wrong'|'missing',
 * deliveryId?, encoding?: 'hex'|'HEX'|'base64', bodyFormat?: 'python'|'compact', signedAs?: 'raw'|<a
 * SIGNED_FORMATS name>, secret?}`: posts a Broniboy webhook to `url`, signed with `secret` (the
 * merchant's signing secret; default the sandbox's), and answers
 * `{status, body, deliveryId}` with what the target returned.
 */
export function addWebhookControl(sandbox: Sandbox): void {
	sandbox.addControl('send-webhook', async (input) => {
		const { url, ...delivery } = readInput(input);
		const { rawBody, headers, deliveryId } = buildWebhookDelivery(delivery);
		const response = await fetch(url, { method: 'POST', headers, body: rawBody });
		const text = await response.text();
		let body: unknown = text;
		try {
			body = text ? JSON.parse(text) : '';
		} catch {
			// Not JSON: the text as it came.
		}
		return { status: response.status, body, deliveryId };
	});
}
