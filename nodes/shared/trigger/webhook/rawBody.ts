/** The bytes of a webhook request as n8n keeps them (`req.rawBody`). Pure: no n8n imports. */

/** Whether bytes are valid UTF-8: decoding replaces every invalid sequence, so it would not round-trip. */
export function isValidUtf8(bytes: Buffer): boolean {
	return Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes);
}

/**
 * The raw body as text, or a reason to refuse it: a body that is not UTF-8 cannot be what a service
 * sent as JSON or a form (both are UTF-8), and reading it anyway would change its bytes.
 */
export function rawBodyText(rawBody: unknown): { ok: true; text: string } | { ok: false; reason: string } {
	if (rawBody === undefined || rawBody === null) return { ok: true, text: '' };
	if (typeof rawBody === 'string') return { ok: true, text: rawBody };
	if (!Buffer.isBuffer(rawBody)) return { ok: true, text: '' };
	if (!isValidUtf8(rawBody)) return { ok: false, reason: 'The body is not valid UTF-8' };
	return { ok: true, text: rawBody.toString('utf8') };
}
