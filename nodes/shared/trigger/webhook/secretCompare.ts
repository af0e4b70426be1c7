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
