import { secretMatches } from './secretCompare';
import { withWebhookSecret, type SecretContext } from './secretCache';
import { urlSecretCandidates } from './urlSecret';

/** Where a request may carry its URL secret: the path parameter, and the URL for `secret=` values. */
export interface UrlSecretRequest {
	pathSecret: unknown;
	url: unknown;
}

/**
 * Whether a request carries the secret of the node's `credentialType` credential (field `secret`)
 * in its URL: each candidate is compared in constant time, against the kept secret and, before a
 * refusal, against a fresh read (see secretCache.ts).
 */
export async function verifyUrlSecret(context: SecretContext, credentialType: string, request: UrlSecretRequest): Promise<boolean> {
	const candidates = urlSecretCandidates({
		pathSecret: typeof request.pathSecret === 'string' ? request.pathSecret : undefined,
		url: typeof request.url === 'string' ? request.url : undefined,
	});
	const { ok } = await withWebhookSecret(context, credentialType, 'secret', (secret) =>
		candidates.some((candidate) => secretMatches(candidate, secret)),
	);
	return ok;
}
