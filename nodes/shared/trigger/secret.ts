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

/** Shorter than this is more likely a typo or a placeholder than a real webhook secret. */
export const MIN_SECRET_LENGTH = 16;

/**
 * Why a secret the user pasted into a credential cannot be right — empty, padded by copy-paste,
 * too short — or undefined. For services that cannot be asked to confirm it; `what` names it.
 */
export function pastedSecretProblem(secret: unknown, what: string): string | undefined {
	if (typeof secret !== 'string' || secret === '') return `The ${what} is empty`;
	if (secret.trim() !== secret) return `The ${what} starts or ends with a space: copy it again without them`;
	if (secret.length < MIN_SECRET_LENGTH) return `The ${what} is only ${secret.length} characters long; use at least ${MIN_SECRET_LENGTH}`;
	return undefined;
}
