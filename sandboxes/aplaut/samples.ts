/** Aplaut's sample review and the review webhook body, written once for the sandbox and the tests. */
import { SANDBOX_TOKENS } from '../tokens';

/** A new review as a shop gets one: low rating, waiting for moderation (the store adds id and external id). */
export const SAMPLE_REVIEW = {
	rating: 2,
	body: 'The parcel came late and the box was damaged.',
	author_name: 'Olena K.',
	state: 'waiting',
	context_type: 'store',
} as const;

export type SecretMode = 'valid' | 'wrong' | 'missing';

/**
 * A review webhook body as Aplaut's help centre describes it: JSON with the hook's `secret` and
 * `hook_id`, the event, and the review (here as the API's own JSON:API resource — the rest of the
 * real body is not documented).
 */
export function reviewWebhookBody(args: {
	event: string;
	review: Record<string, unknown>;
	hookId?: string;
	secret?: SecretMode;
	/** The hook's own secret (each Aplaut hook has one); default the sandbox's. */
	hookSecret?: string;
}): Record<string, unknown> {
	const mode = args.secret ?? 'valid';
	const hookSecret = args.hookSecret ?? SANDBOX_TOKENS.aplautWebhookSecret;
	return {
		hook_id: args.hookId ?? 'hook-0001',
		event: args.event,
		...(mode === 'missing' ? {} : { secret: mode === 'valid' ? hookSecret : `${hookSecret}-not-it` }),
		sent_at: new Date().toISOString(),
		data: args.review,
	};
}
