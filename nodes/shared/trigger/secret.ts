/** Secret comparison for webhook triggers. Pure apart from hashing. */
import { createHash, timingSafeEqual } from 'node:crypto';

function digest(text: string): Buffer {
	return createHash('sha256').update(text, 'utf8').digest();
}

/** Compares in constant time: both sides are hashed first, so even the length does not leak. */
export function secretMatches(given: string | undefined, expected: string | undefined): boolean {
	if (typeof given !== 'string' || typeof expected !== 'string' || expected === '') return false;
	return timingSafeEqual(digest(given), digest(expected));
}

/** A short, stable key for a delivery: the text itself when short and plain, else its SHA-256. */
export function deliveryKey(...parts: Array<string | number | undefined>): string {
	const text = parts.map((part) => (part === undefined ? '' : String(part))).join('|');
	return text.length <= 64 && /^[\w.:|@-]*$/.test(text) ? text : createHash('sha256').update(text, 'utf8').digest('hex');
}
