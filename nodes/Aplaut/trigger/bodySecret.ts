/**
 * Aplaut's proof that a delivery is genuine: the hook's `secret` travels in the JSON body (it cannot
 * sign), compared in constant time with the credential's. Pure apart from hashing; never throws.
 */
import { secretMatches } from '../../shared/trigger/webhook/secretCompare';

export type BodySecretVerdict = { ok: true } | { ok: false; status: 401; reason: string };

/** Checks the `secret` field of a parsed body (a number counts as its text) against the expected one. */
export function checkBodySecret(body: unknown, expectedSecret: string): BodySecretVerdict {
	const field = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>).secret : undefined;
	const given = typeof field === 'string' || typeof field === 'number' ? String(field) : undefined;
	if (!secretMatches(given, expectedSecret)) {
		return { ok: false, status: 401, reason: given === undefined ? 'The secret is missing' : 'The secret is wrong' };
	}
	return { ok: true };
}
