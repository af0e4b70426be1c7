import { isRecord, stringOf } from '../../shared/http/envelope';
import type { ServiceProfile } from '../../shared/http/types';

/** KeyCRM as the shared core sees it. Errors are Laravel's `{message, errors: {field: [..]}}`. */
export const keyCrmProfile: ServiceProfile = {
	name: 'KeyCRM',
	credentialType: 'keyCrmApi',
	secretFields: ['apiKey'],
	defaultRateLimit: { requests: 60, periodMs: 60_000 },
	// Laravel's throttle: one minute from the first request; a 429 may come without Retry-After.
	rateLimitWindowMs: 60_000,
	bodyFormat: 'json',
	accept: 'application/json',
	failureOf({ statusCode, body }) {
		if (statusCode < 400) return undefined;
		if (!isRecord(body)) return undefined;
		const message = stringOf(body.message) ?? stringOf(body.error) ?? `KeyCRM answered HTTP ${statusCode}`;
		return { message, fieldErrors: isRecord(body.errors) ? body.errors : undefined };
	},
};
