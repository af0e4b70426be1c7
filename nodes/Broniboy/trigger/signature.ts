import { createHmac, timingSafeEqual } from 'crypto';

import { rawBodyText } from '../../shared/trigger/webhook/rawBody';
import { dataCandidates, MAX_DEPTH } from './signatureCandidates';
import { rawMember } from '../helpers/webhookPayload';

/**
 * Checks a Broniboy webhook: `Hook-HMAC` must be HMAC-SHA256 of the `data` member, keyed with the
 * merchant's secret. The document names neither the bytes nor the encoding: we accept the signature
 * when it matches one of a short list of serializations of `data` (signatureCandidates.ts, the raw
 * text in the body first), in hex (any case) or base64. Pure, never throws.
 */

export type HeaderBag = Record<string, string | string[] | undefined>;

export type WebhookVerdict =
	| {
			ok: true;
			event: string;
			deliveryId: string;
			data: unknown;
			body: Record<string, unknown>;
			/** Which serialization of `data` the signature matched (see signatureCandidates.ts). */
			signatureFormat: string;
	  }
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

/** The name of the first candidate text of `data` the signature was made over, or undefined. */
export function matchingFormat(rawData: string, signature: Buffer, secret: string): string | undefined {
	let found: string | undefined;
	// Every candidate is checked, so the time taken does not tell which one (if any) matched.
	for (const { name, text } of dataCandidates(rawData)) {
		if (signatureMatches(text, signature, secret) && found === undefined) found = name;
	}
	return found;
}

/** Iteratively, so a hostile body cannot exhaust the stack. */
function nestedDeeperThan(value: unknown, limit: number): boolean {
	const stack: Array<[unknown, number]> = [[value, 1]];
	while (stack.length > 0) {
		const [current, depth] = stack.pop()!;
		if (typeof current !== 'object' || current === null) continue;
		if (depth > limit) return true;
		for (const child of Object.values(current)) stack.push([child, depth + 1]);
	}
	return false;
}

function refuse(status: 400 | 401, reason: string): WebhookVerdict {
	return { ok: false, status, reason };
}

function verify(rawBody: string | Buffer | undefined, headers: HeaderBag, secret: string): WebhookVerdict {
	if (typeof secret !== 'string' || secret === '') return refuse(401, 'No signing secret is configured');
	const raw = rawBodyText(rawBody);
	if (!raw.ok) return refuse(400, raw.reason);
	const text = raw.text;
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		return refuse(400, 'The body is not JSON');
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse(400, 'The body is not a JSON object');
	const data = (body as Record<string, unknown>).data;
	if (data !== undefined && (typeof data !== 'object' || data === null || Array.isArray(data))) {
		return refuse(400, 'The "data" field is not a JSON object (the order)');
	}
	if (data !== undefined && nestedDeeperThan(data, MAX_DEPTH)) return refuse(400, `The "data" field is nested more than ${MAX_DEPTH} levels deep`);
	const member = rawMember(text, 'data');
	if (!member) return refuse(401, 'The body has no "data" field to check the signature of');
	if (member.occurrences > 1) return refuse(401, 'The body has more than one "data" field');
	const header = headerOf(headers, 'hook-hmac');
	if (header === undefined || header.trim() === '') return refuse(401, 'The Hook-HMAC header is missing');
	const signature = decodeSignature(header);
	if (!signature) return refuse(401, 'The Hook-HMAC header is not a hex or base64 HMAC-SHA256');
	const signatureFormat = matchingFormat(member.text, signature, secret);
	if (!signatureFormat) return refuse(401, 'The Hook-HMAC signature does not match');
	const record = body as Record<string, unknown>;
	// Neither the header nor the body's "event" is signed; the document defines the header.
	const headerEvent = headerOf(headers, 'hook-event')?.trim();
	const event = headerEvent ? headerEvent : typeof record.event === 'string' ? record.event : '';
	return { ok: true, event, deliveryId: headerOf(headers, 'hook-delivery') ?? '', data: record.data, body: record, signatureFormat };
}

/** `(rawBody, headers, secret) → verdict`; anything unexpected is a refusal, never an exception. */
export function verifyBroniboyWebhook(rawBody: string | Buffer | undefined, headers: HeaderBag, secret: string): WebhookVerdict {
	try {
		return verify(rawBody, headers, secret);
	} catch {
		return refuse(400, 'The request could not be read');
	}
}
