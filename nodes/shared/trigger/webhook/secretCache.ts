import type { IWebhookFunctions } from 'n8n-workflow';

/**
 * A webhook secret kept in memory for a few seconds, so a trigger under load does not read its
 * credential on every request. In n8n 2.x each credential read is a database query, a decryption
 * and an expression isolate of its own (CredentialsHelper.applyDefaultsAndOverwrites builds a
 * throwaway workflow and acquires one), which halves a trigger's throughput next to n8n's Webhook node.
 *
 * Never weaker than reading every time, except in one bounded way:
 * - a request that the kept secret does not verify is checked again against a secret read from
 *   the credential after the request arrived, before it is refused: a new secret works at once;
 * - an old secret keeps verifying for at most `ttlMs` after the read that returned it (a rotation
 *   does not reach this process any sooner without a read per request);
 * - an empty secret verifies nothing; a failed read is passed on and forgets the kept secret.
 */
export const SECRET_TTL_MS = 5000;
const MAX_KEPT = 100;

export type SecretContext = Pick<IWebhookFunctions, 'getNode' | 'getCredentials'>;

interface Kept {
	secret: string;
	readAt: number;
}

interface Read {
	/** The arrival number of the latest request that arrived before this read started. */
	startedAfter: number;
	secret: Promise<string>;
}

export interface SecretCacheOptions {
	ttlMs?: number;
	now?: () => number;
}

const kept = new Map<string, Kept>();
const reads = new Map<string, Read>();
let arrivals = 0;

function keyOf(context: SecretContext, credentialType: string, field: string): string | undefined {
	const id = context.getNode().credentials?.[credentialType]?.id;
	return id ? JSON.stringify([credentialType, id, field]) : undefined;
}

async function readSecret(context: SecretContext, credentialType: string, field: string): Promise<string> {
	const credentials = await context.getCredentials(credentialType);
	const value = credentials[field];
	return typeof value === 'string' ? value : '';
}

function keep(key: string, secret: string, readAt: number): void {
	kept.delete(key);
	kept.set(key, { secret, readAt });
	// Map order is insertion order: the first key is the one read longest ago.
	if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value as string);
}

/** A read of the credential that started after request number `arrival` came in (joins one in flight). */
async function readAfter(context: SecretContext, key: string, credentialType: string, field: string, arrival: number, now: () => number) {
	const pending = reads.get(key);
	if (pending && pending.startedAfter >= arrival) return await pending.secret;
	const readAt = now();
	const read: Read = { startedAfter: arrivals, secret: readSecret(context, credentialType, field) };
	reads.set(key, read);
	let secret: string | undefined;
	try {
		secret = await read.secret;
	} finally {
		if (reads.get(key) === read) reads.delete(key);
		// A failed read (credential deleted, store down) must not leave the old secret trusted.
		if (secret === undefined) kept.delete(key);
	}
	keep(key, secret, readAt);
	return secret;
}

/**
 * Runs `check` with the webhook secret in `field` of the node's `credentialType` credential and
 * answers whether it verified the request. `check` must be pure and cheap (it may run twice) and
 * compare in constant time; it is never called with an empty secret.
 */
export async function withWebhookSecret(
	context: SecretContext,
	credentialType: string,
	field: string,
	check: (secret: string) => boolean,
	{ ttlMs = SECRET_TTL_MS, now = Date.now }: SecretCacheOptions = {},
): Promise<{ ok: boolean }> {
	const verifies = (secret: string) => secret !== '' && check(secret);
	const key = keyOf(context, credentialType, field);
	if (key === undefined) return { ok: verifies(await readSecret(context, credentialType, field)) };
	const arrival = ++arrivals;

	const fresh = kept.get(key);
	if (fresh && now() - fresh.readAt < ttlMs) {
		if (verifies(fresh.secret)) return { ok: true };
	} else {
		// Nothing recent kept: any read in flight will do for a first try (all arrive at once after a pause).
		const pending = reads.get(key);
		if (pending && verifies(await pending.secret.catch(() => ''))) return { ok: true };
	}
	return { ok: verifies(await readAfter(context, key, credentialType, field, arrival, now)) };
}

/** Drops every kept secret (tests; nothing in n8n needs it). */
export function forgetWebhookSecrets(): void {
	kept.clear();
	reads.clear();
}

/**
 * `withWebhookSecret` for checks that say why they refused: runs `verify` with the kept secret (and
 * again with a fresh read before refusing) and returns the last verdict; undefined when the
 * credential holds no secret at all.
 */
export async function verifyWithWebhookSecret<V extends { ok: boolean }>(
	context: SecretContext,
	credentialType: string,
	field: string,
	verify: (secret: string) => V,
): Promise<V | undefined> {
	let verdict: V | undefined;
	await withWebhookSecret(context, credentialType, field, (secret) => {
		verdict = verify(secret);
		return verdict.ok;
	});
	return verdict;
}
