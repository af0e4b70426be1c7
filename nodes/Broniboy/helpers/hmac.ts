import { createHmac, timingSafeEqual } from 'crypto';

import { rawMember } from './webhookPayload';

/**
 * Checks a Broniboy webhook: `Hook-HMAC` must be HMAC-SHA256 of the `data` member, keyed with the
 * merchant's secret. The document names neither the bytes nor the encoding: we sign the raw JSON
 * text of `data` as it stands in the body and accept hex (any case) or base64. Pure, never throws.
 */

export type HeaderBag = Record<string, string | string[] | undefined>;

export type WebhookVerdict =
	| { ok: true; event: string; deliveryId: string; data: unknown; body: Record<string, unknown> }
	| { ok: false; status: 400 | 401; reason: string };

const DIGEST_BYTES = 32;

export function headerOf(headers: HeaderBag, name: string): string | undefined {
	const wanted = name.toLowerCase();
	for (const [key, value] of Object.entries(headers ?? {})) {
		if (key.toLowerCase() !== wanted) continue;
		const first = Array.isArray(value) ? value[0] : value;
		return typeof first === 'string' ? first : undefined;
	}
	return undefined;
}

/** The 32 digest bytes a signature header carries, as hex (any case) or base64 (standard or URL-safe). */
export function decodeSignature(header: string): Buffer | undefined {
	const value = header.trim().replace(/^sha256=/i, '');
	if (/^[0-9a-f]{64}$/i.test(value)) return Buffer.from(value, 'hex');
	if (/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(value)) {
		const standard = value.replace(/-/g, '+').replace(/_/g, '/').replace(/=$/, '');
		const bytes = Buffer.from(standard, 'base64');
		// Only the canonical spelling: Node ignores the last character's spare bits otherwise.
		if (bytes.length === DIGEST_BYTES && bytes.toString('base64').replace(/=$/, '') === standard) return bytes;
	}
	return undefined;
}

export function signatureMatches(dataText: string, signature: Buffer, secret: string): boolean {
	const expected = createHmac('sha256', secret).update(dataText, 'utf8').digest();
	return signature.length === expected.length && timingSafeEqual(expected, signature);
}

function refuse(status: 400 | 401, reason: string): WebhookVerdict {
	return { ok: false, status, reason };
}

function verify(rawBody: string | Buffer | undefined, headers: HeaderBag, secret: string): WebhookVerdict {
	if (typeof secret !== 'string' || secret === '') return refuse(401, 'No signing secret is configured');
	const text = Buffer.isBuffer(rawBody) ? rawBody.toString('utf8') : typeof rawBody === 'string' ? rawBody : '';
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		return refuse(400, 'The body is not JSON');
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse(400, 'The body is not a JSON object');
	const member = rawMember(text, 'data');
	if (!member) return refuse(401, 'The body has no "data" field to check the signature of');
	if (member.occurrences > 1) return refuse(401, 'The body has more than one "data" field');
	const header = headerOf(headers, 'hook-hmac');
	if (header === undefined || header.trim() === '') return refuse(401, 'The Hook-HMAC header is missing');
	const signature = decodeSignature(header);
	if (!signature) return refuse(401, 'The Hook-HMAC header is not a hex or base64 HMAC-SHA256');
	if (!signatureMatches(member.text, signature, secret)) return refuse(401, 'The Hook-HMAC signature does not match');
	const record = body as Record<string, unknown>;
	const event = typeof record.event === 'string' && record.event ? record.event : (headerOf(headers, 'hook-event') ?? '');
	return { ok: true, event, deliveryId: headerOf(headers, 'hook-delivery') ?? '', data: record.data, body: record };
}

/** `(rawBody, headers, secret) → verdict`; anything unexpected is a refusal, never an exception. */
export function verifyBroniboyWebhook(rawBody: string | Buffer | undefined, headers: HeaderBag, secret: string): WebhookVerdict {
	try {
		return verify(rawBody, headers, secret);
	} catch {
		return refuse(400, 'The request could not be read');
	}
}
