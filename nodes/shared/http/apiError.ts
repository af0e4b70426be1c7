import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { redactAndCut, redactText, redactValue } from './redact';
import type { ServiceFailure } from './types';

function formatFieldErrors(fieldErrors: ServiceFailure['fieldErrors']): string | undefined {
	if (fieldErrors === undefined) return undefined;
	const lines = Array.isArray(fieldErrors)
		? fieldErrors.map(String)
		: Object.entries(fieldErrors).map(([field, messages]) => {
				const text = Array.isArray(messages)
					? messages.map((entry) => (typeof entry === 'string' ? entry : JSON.stringify(entry))).join('; ')
					: typeof messages === 'string'
						? messages
						: JSON.stringify(messages);
				return `${field}: ${text}`;
			});
	return lines.length > 0 ? lines.join('\n') : undefined;
}

/** Characters of a raw answer an error shows: enough to recognise a page, never a whole one. */
const ANSWER_SHOWN = 200;

/** The one way an API failure leaves this package: a NodeApiError with the service's own words, secrets hidden. */
export function buildApiError(args: {
	node: INode;
	service: string;
	failure: ServiceFailure;
	statusCode?: number;
	secrets: readonly string[];
	itemIndex?: number;
	hint?: string;
}): NodeApiError {
	const { node, service, failure, statusCode, secrets, itemIndex, hint } = args;
	const message = redactText(failure.message, secrets);
	const fieldText = formatFieldErrors(failure.fieldErrors);
	const answer = failure.answer === undefined ? undefined : redactAndCut(failure.answer, secrets, ANSWER_SHOWN);
	const descriptionParts = [
		fieldText,
		answer !== undefined ? `Start of the answer: ${answer}` : undefined,
		hint,
		statusCode !== undefined ? `${service} answered HTTP ${statusCode}.` : undefined,
	].filter((part): part is string => Boolean(part));
	const response: JsonObject = redactValue(
		{
			service,
			message: failure.message,
			...(statusCode !== undefined ? { httpCode: String(statusCode) } : {}),
			...(failure.code !== undefined ? { code: failure.code } : {}),
			...(failure.fieldErrors !== undefined ? { fieldErrors: failure.fieldErrors } : {}),
			...(answer !== undefined ? { answer } : {}),
		} as JsonObject,
		secrets,
	);
	const error = new NodeApiError(node, response, {
		message,
		description: redactText(descriptionParts.join('\n'), secrets) || undefined,
		httpCode: statusCode !== undefined ? String(statusCode) : undefined,
		itemIndex,
	});
	// NodeApiError falls back to a generic text per status code; the service's words are more useful.
	error.message = message;
	return error;
}
