import { createHmac, timingSafeEqual } from 'crypto';

import { bodyShapeProblem } from '../../shared/trigger/webhook/jsonDepth';
import { rawBodyText } from '../../shared/trigger/webhook/rawBody';
import { dataCandidates, MAX_DEPTH } from './signatureCandidates';
import { scanMember } from '../helpers/webhookPayload';

/**
 * Checks a Broniboy webhook: `Hook-HMAC` must be HMAC-SHA256 of the `data` member, keyed with the
 * merchant's secret. The document names neither the bytes nor the encoding: we accept the signature
 * when it matches the raw text of `data` in the body or, for data up to CANDIDATE_LIMIT_BYTES, one of
 * a short list of its serializations (signatureCandidates.ts), in hex (any case) or base64. Pure,
 * never throws; a forged body costs less to refuse than a genuine one costs to accept.
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
	| Refusal;

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

export function signatureMatches(dataText: string | Buffer, signature: Buffer, secret: string): boolean {
	const expected = (typeof dataText === 'string' ? createHmac('sha256', secret).update(dataText, 'utf8') : createHmac('sha256', secret).update(dataText)).digest();
	return signature.length === expected.length && timingSafeEqual(expected, signature);
}

/** Candidates are built only for `data` up to this size; larger data must be signed as sent. */
export const CANDIDATE_LIMIT_BYTES = 64 * 1024;

/** How deeply a body may nest at all (its top-level object is 1). */
export const MAX_SCANNED_DEPTH = MAX_DEPTH + 1;

function refuse(status: 400 | 401, reason: string): Refusal {
	return { ok: false, status, reason };
}

/** What a delivery is before the secret is known: built once per request, checked per secret read. */
export interface PreparedDelivery {
	ok: true;
	/** The verdict with one secret: HMACs only, the candidates of `data` built at most once. */
	check(secret: string): WebhookVerdict;
	/** The exact text the signature was made over, for the format a verdict named. */
	signedText(format: string): string | undefined;
}

export type Refusal = { ok: false; status: 400 | 401; reason: string };

/** The verdict once the signature matched: only now is the whole body parsed. */
function accepted(text: string, headers: HeaderBag, signatureFormat: string): WebhookVerdict {
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		return refuse(400, 'The body is not JSON');
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse(400, 'The body is not a JSON object');
	const record = body as Record<string, unknown>;
	const data = record.data;
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return refuse(400, 'The "data" field is not a JSON object (the order)');
	const shape = bodyShapeProblem(record);
	if (shape) return refuse(400, shape);
	// Neither the header nor the body's "event" is signed; the document defines the header.
	const headerEvent = headerOf(headers, 'hook-event')?.trim();
	const event = headerEvent ? headerEvent : typeof record.event === 'string' ? record.event : '';
	return { ok: true, event, deliveryId: headerOf(headers, 'hook-delivery') ?? '', data, body: record, signatureFormat };
}

/** Whether a text is not JSON at all (asked only when the structural scan found no object; linear). */
function notJson(text: string): boolean {
	try {
		JSON.parse(text);
		return false;
	} catch {
		return true;
	}
}

/** The bytes of a member's text within the body's bytes (character offsets differ past non-ASCII). */
function dataBytes(body: Buffer, text: string, start: number, member: string): Buffer {
	const byteStart = Buffer.byteLength(text.slice(0, start), 'utf8');
	return body.subarray(byteStart, byteStart + Buffer.byteLength(member, 'utf8'));
}

/**
 * Everything that needs no secret, in linear time and before any re-serialization: the signature
 * header, UTF-8, one structural pass for the raw text of `data` and the nesting depth. A refusal
 * here costs one pass over the bytes; the candidates of `data` are built only when the raw text
 * does not verify, only under CANDIDATE_LIMIT_BYTES, and only once however often the secret is read.
 */
export function prepareBroniboyDelivery(rawBody: string | Buffer | undefined, headers: HeaderBag): PreparedDelivery | Refusal {
	try {
		const header = headerOf(headers, 'hook-hmac');
		if (header === undefined || header.trim() === '') return refuse(401, 'The Hook-HMAC header is missing');
		const signature = decodeSignature(header);
		if (!signature) return refuse(401, 'The Hook-HMAC header is not a hex or base64 HMAC-SHA256');
		const raw = rawBodyText(rawBody);
		if (!raw.ok) return refuse(400, raw.reason);
		const text = raw.text;
		const scan = scanMember(text, 'data');
		if (scan.kind === 'notObject') return refuse(400, notJson(text) ? 'The body is not JSON' : 'The body is not a JSON object');
		if (scan.kind === 'malformed') return refuse(400, 'The body is not JSON');
		const { member } = scan;
		if (member && !member.text.startsWith('{')) return refuse(400, 'The "data" field is not a JSON object (the order)');
		if (scan.memberDepth > MAX_DEPTH) return refuse(400, `The "data" field is nested more than ${MAX_DEPTH} levels deep`);
		if (scan.bodyDepth > MAX_SCANNED_DEPTH) return refuse(400, `The body is nested more than ${MAX_SCANNED_DEPTH} levels deep`);
		if (!member) return refuse(401, 'The body has no "data" field to check the signature of');
		if (member.occurrences > 1) return refuse(401, 'The body has more than one "data" field');
		// Characters never outnumber bytes: a long text is known to be over the limit without counting.
		const small = member.text.length <= CANDIDATE_LIMIT_BYTES && Buffer.byteLength(member.text, 'utf8') <= CANDIDATE_LIMIT_BYTES;
		let others: Array<{ name: string; text: string }> | undefined;
		const candidates = () => (others ??= dataCandidates(member.text).slice(1));
		// The bytes of `data` as they came, when n8n handed over bytes: nothing is encoded again.
		const rawData = Buffer.isBuffer(rawBody) ? dataBytes(rawBody, text, member.start, member.text) : member.text;
		const check = (secret: string): WebhookVerdict => {
			if (typeof secret !== 'string' || secret === '') return refuse(401, 'No signing secret is configured');
			if (signatureMatches(rawData, signature, secret)) return accepted(text, headers, 'raw');
			if (!small) return refuse(401, `The Hook-HMAC signature does not match (data over ${CANDIDATE_LIMIT_BYTES / 1024} KiB is checked only as sent)`);
			let found: string | undefined;
			// Every candidate is checked, so the time taken does not tell which one (if any) matched.
			for (const { name, text: candidate } of candidates()) {
				if (signatureMatches(candidate, signature, secret) && found === undefined) found = name;
			}
			return found ? accepted(text, headers, found) : refuse(401, 'The Hook-HMAC signature does not match');
		};
		// The secret cache checks again with a fresh read before refusing; the same secret again
		// gets the same verdict without another pass over the bytes.
		let last: { secret: string; verdict: WebhookVerdict } | undefined;
		const checkOnce = (secret: string): WebhookVerdict => {
			if (last?.secret !== secret) last = { secret, verdict: check(secret) };
			return last.verdict;
		};
		return {
			ok: true,
			check: checkOnce,
			signedText(format: string): string | undefined {
				if (format === 'raw') return member.text;
				return candidates().find(({ name }) => name === format)?.text;
			},
		};
	} catch {
		return refuse(400, 'The request could not be read');
	}
}

/** `(rawBody, headers, secret) → verdict`; anything unexpected is a refusal, never an exception. */
export function verifyBroniboyWebhook(rawBody: string | Buffer | undefined, headers: HeaderBag, secret: string): WebhookVerdict {
	if (typeof secret !== 'string' || secret === '') return refuse(401, 'No signing secret is configured');
	const prepared = prepareBroniboyDelivery(rawBody, headers);
	if (!prepared.ok) return prepared;
	try {
		return prepared.check(secret);
	} catch {
		return refuse(400, 'The request could not be read');
	}
}
