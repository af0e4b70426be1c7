import { isRecord, stringOf } from '../../shared/http/envelope';
import type { ServiceProfile, ServiceFailure } from '../../shared/http/types';

type Json = Record<string, unknown>;

/** A short plain-text answer is Aplaut's own word ("Throttled"); an HTML page from a proxy is not. */
function textFailure(body: string, statusCode: number): ServiceFailure {
	const text = body.trim();
	const useful = text !== '' && text.length <= 200 && !/^<(!doctype|html)/i.test(text);
	return { message: useful ? text : `Aplaut answered HTTP ${statusCode}` };
}

/** `details` come as `{field: [messages]}` (validation, bad query) or, per the spec, as a list of strings. */
function detailsOf(details: unknown): { fieldErrors?: ServiceFailure['fieldErrors']; message?: string } {
	if (Array.isArray(details)) {
		const lines = details.map((entry) => (typeof entry === 'string' ? entry : JSON.stringify(entry)));
		return lines.length > 0 ? { fieldErrors: lines } : {};
	}
	if (!isRecord(details)) return {};
	const rest: Json = { ...details };
	// A lone `details.message` (bad cursor, …) is the real explanation: show it in the message.
	const message = stringOf(rest.message);
	if (message) delete rest.message;
	return { message, fieldErrors: Object.keys(rest).length > 0 ? rest : undefined };
}

/**
 * Aplaut speaks JSON:API. Its errors are `{errors: {status, title, details}}` (an object, not the
 * JSON:API array, though an array is read too), and 401 / 429 come as plain text
 * ("HTTP Token: Access denied.", "Throttled").
 */
export const aplautProfile: ServiceProfile = {
	name: 'Aplaut',
	credentialType: 'aplautApi',
	secretFields: ['token'],
	defaultRateLimit: { requests: 2, periodMs: 1_000 },
	// The per-IP window; the per-token limits name their own in X-RateLimit-Period.
	rateLimitWindowMs: 1_000,
	bodyFormat: 'jsonApi',
	accept: 'application/vnd.api+json',
	failureOf({ statusCode, body }): ServiceFailure | undefined {
		if (statusCode < 400) return undefined;
		if (typeof body === 'string') return textFailure(body, statusCode);
		if (!isRecord(body)) return undefined;
		const list = Array.isArray(body.errors) ? body.errors.filter(isRecord) : isRecord(body.errors) ? [body.errors] : [];
		if (list.length === 0) return undefined;
		const [first, ...others] = list;
		const title = stringOf(first.title) ?? `Aplaut answered HTTP ${statusCode}`;
		const { fieldErrors, message } = detailsOf(first.details);
		const detailText = message ?? stringOf(first.detail);
		const otherLines = others.map((entry) => [stringOf(entry.title), stringOf(entry.detail)].filter(Boolean).join(': '));
		const combined =
			otherLines.length === 0
				? fieldErrors
				: Array.isArray(fieldErrors)
					? [...fieldErrors, ...otherLines]
					: fieldErrors
						? { ...fieldErrors, more: otherLines }
						: otherLines;
		return {
			message: detailText ? `${title}: ${detailText}` : title,
			fieldErrors: combined,
			code: typeof first.status === 'number' || typeof first.status === 'string' ? first.status : undefined,
		};
	},
};
