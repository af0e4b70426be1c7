import { isRecord, stringOf } from '../../shared/http/envelope';
import type { ServiceProfile, ServiceFailure } from '../../shared/http/types';

/**
 * Aplaut speaks JSON:API. Its errors are `{errors: {status, title, details}}` (an object, not the
 * JSON:API array), and 401 / 429 come as plain text ("HTTP Token: Access denied.", "Throttled").
 */
export const aplautProfile: ServiceProfile = {
	name: 'Aplaut',
	credentialType: 'aplautApi',
	secretFields: ['token'],
	defaultRateLimit: { requests: 2, periodMs: 1_000 },
	bodyFormat: 'jsonApi',
	accept: 'application/vnd.api+json',
	failureOf({ statusCode, body }): ServiceFailure | undefined {
		if (statusCode < 400) return undefined;
		if (typeof body === 'string') return { message: body.trim() || `Aplaut answered HTTP ${statusCode}` };
		if (!isRecord(body)) return undefined;
		const errors = Array.isArray(body.errors) ? body.errors[0] : body.errors;
		if (!isRecord(errors)) return undefined;
		const title = stringOf(errors.title) ?? `Aplaut answered HTTP ${statusCode}`;
		const details = isRecord(errors.details) ? { ...errors.details } : undefined;
		// A lone `details.message` (bad cursor, …) is the real explanation: show it in the message.
		const detailMessage = details && stringOf(details.message);
		if (details && detailMessage) delete details.message;
		const detailText = stringOf(errors.detail);
		return {
			message: detailMessage ? `${title}: ${detailMessage}` : detailText ? `${title}: ${detailText}` : title,
			fieldErrors: details && Object.keys(details).length > 0 ? details : undefined,
			code: typeof errors.status === 'number' || typeof errors.status === 'string' ? errors.status : undefined,
		};
	},
};
