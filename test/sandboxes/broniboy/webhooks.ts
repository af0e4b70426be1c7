import { createHmac, randomUUID } from 'node:crypto';

import type { Sandbox } from '../core/sandbox';
import { SANDBOX_TOKENS } from '../tokens';

export type SignatureMode = 'valid' | 'wrong' | 'missing';
export type SignatureEncoding = 'hex' | 'HEX' | 'base64';

/**
 * JSON as Python's `json.dumps` writes it by default (", " and ": " separators, non-ASCII escaped):
 * what a Django service most likely sends, and unlike JSON.stringify, so a receiver that re-serializes
 * before checking the signature fails.
 */
export function pythonJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>).filter(([, entry]) => entry !== undefined);
		return `{${entries.map(([key, entry]) => `${pythonJson(key)}: ${pythonJson(entry)}`).join(', ')}}`;
	}
	if (typeof value === 'string') {
		return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
	}
	return JSON.stringify(value ?? null);
}

/** HMAC-SHA256 over the exact text of `data` as it stands in the body. */
export function signData(dataText: string, secret: string, encoding: SignatureEncoding = 'hex'): string {
	const digest = createHmac('sha256', secret).update(dataText, 'utf8').digest(encoding === 'base64' ? 'base64' : 'hex');
	return encoding === 'HEX' ? digest.toUpperCase() : digest;
}

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
}): WebhookDelivery {
	const dataText = pythonJson(args.data);
	const rawBody = `{"event": ${pythonJson(args.event)}, "data": ${dataText}}`;
	const deliveryId = args.deliveryId ?? randomUUID();
	const headers: Record<string, string> = {
		'Content-Type': 'application/json',
		'Hook-Event': args.event,
		'Hook-Delivery': deliveryId,
	};
	const secret = args.secret ?? SANDBOX_TOKENS.broniboyWebhookSecret;
	const mode = args.signature ?? 'valid';
	if (mode !== 'missing') {
		headers['Hook-HMAC'] = signData(dataText, mode === 'wrong' ? `${secret}-not-it` : secret, args.encoding);
	}
	return { rawBody, headers, deliveryId };
}

function readInput(input: Record<string, unknown>) {
	const { url, event, data, signature = 'valid', deliveryId, encoding = 'hex' } = input;
	if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw new Error('"url" must be an http(s) URL');
	if (typeof event !== 'string' || event === '') throw new Error('"event" must be a non-empty string');
	if (!['valid', 'wrong', 'missing'].includes(signature as string)) throw new Error('"signature" must be valid, wrong or missing');
	if (!['hex', 'HEX', 'base64'].includes(encoding as string)) throw new Error('"encoding" must be hex, HEX or base64');
	if (deliveryId !== undefined && typeof deliveryId !== 'string') throw new Error('"deliveryId" must be a string');
	return {
		url,
		event,
		data,
		signature: signature as SignatureMode,
		deliveryId: deliveryId as string | undefined,
		encoding: encoding as SignatureEncoding,
	};
}

/**
 * `POST /__sandbox/send-webhook` with `{url, event, data, signature: 'valid'|'wrong'|'missing',
 * deliveryId?, encoding?: 'hex'|'HEX'|'base64'}`: posts a Broniboy webhook to `url` and answers
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
