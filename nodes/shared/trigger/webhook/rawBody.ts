/** The bytes of a webhook request as n8n keeps them (`req.rawBody`). Pure: no n8n imports. */

// Fatal: an invalid sequence throws instead of becoming U+FFFD; a BOM is kept as it came. One pass
// over the bytes (a 16 MiB body is read once, not decoded, encoded again and compared).
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeStrictly(bytes: Buffer): string | undefined {
	try {
		return strictUtf8.decode(bytes);
	} catch {
		return undefined;
	}
}

/** Whether bytes are valid UTF-8. */
export function isValidUtf8(bytes: Buffer): boolean {
	return decodeStrictly(bytes) !== undefined;
}

/**
 * The raw body as text, or a reason to refuse it: a body that is not UTF-8 cannot be what a service
 * sent as JSON or a form (both are UTF-8), and reading it anyway would change its bytes.
 */
export function rawBodyText(rawBody: unknown): { ok: true; text: string } | { ok: false; reason: string } {
	if (rawBody === undefined || rawBody === null) return { ok: true, text: '' };
	if (typeof rawBody === 'string') return { ok: true, text: rawBody };
	if (!Buffer.isBuffer(rawBody)) return { ok: true, text: '' };
	const text = decodeStrictly(rawBody);
	return text === undefined ? { ok: false, reason: 'The body is not valid UTF-8' } : { ok: true, text };
}
