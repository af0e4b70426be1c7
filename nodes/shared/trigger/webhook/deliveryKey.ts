/** Delivery keys for the delivery memory. Pure apart from hashing. */
import { createHash } from 'node:crypto';

/** A short, stable key for a delivery: the text itself when short and plain, else its SHA-256. */
export function deliveryKey(...parts: Array<string | number | undefined>): string {
	const text = parts.map((part) => (part === undefined ? '' : String(part))).join('|');
	return text.length <= 64 && /^[\w.:|@-]*$/.test(text) ? text : createHash('sha256').update(text, 'utf8').digest('hex');
}
