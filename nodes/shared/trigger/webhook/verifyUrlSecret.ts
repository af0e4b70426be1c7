import { secretMatches } from './secretCompare';
import { withWebhookSecret, type SecretContext } from './secretCache';
import { urlSecretCandidates } from './urlSecret';

/** Where a request may carry its URL secret: the path parameter, and the URL for `secret=` values. */
export interface UrlSecretRequest {
	pathSecret: unknown;
	url: unknown;
}

/**
 * The secret of the node's `credentialType` credential (field `secret`) when the request carries it
 * in its URL, else undefined: each candidate is compared in constant time, against the kept secret
 * and, before a refusal, against a fresh read (see secretCache.ts). The caller hides the secret in
 * whatever it outputs.
 */
export async function verifyUrlSecret(context: SecretContext, credentialType: string, request: UrlSecretRequest): Promise<string | undefined> {
	const candidates = urlSecretCandidates({
		pathSecret: typeof request.pathSecret === 'string' ? request.pathSecret : undefined,
		url: typeof request.url === 'string' ? request.url : undefined,
	});
	let matched: string | undefined;
	const { ok } = await withWebhookSecret(context, credentialType, 'secret', (secret) => {
		const found = candidates.some((candidate) => secretMatches(candidate, secret));
		if (found) matched = secret;
		return found;
	});
	return ok ? matched : undefined;
}
