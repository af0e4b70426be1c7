import { isRecord, stringOf } from '../../shared/http/envelope';
import type { ServiceFailure, ServiceProfile } from '../../shared/http/types';
import { unexpectedAnswer } from '../helpers/answer';

/**
 * Botobot answers `{status: "success"|"fail", message?, data?}`, failures usually with HTTP 200.
 * Only `status: "success"` is success: a maintenance page, an empty body or `{}` with HTTP 200 is
 * not Botobot's JSON, and reporting "paid" on it would be a lie.
 * Bodies are form-urlencoded, as Botobot's own PHP clients send them. The token sits in the URL path
 * (the credential appends it), so it is listed as a secret to scrub from every message.
 */
export const botobotProfile: ServiceProfile = {
	name: 'Botobot',
	credentialType: 'botobotApi',
	secretFields: ['token'],
	bodyFormat: 'form',
	accept: 'application/json',
	failureOf({ statusCode, headers, body }): ServiceFailure | undefined {
		if (isRecord(body) && body.status === 'fail') {
			return { message: stringOf(body.message) ?? 'Botobot refused the request' };
		}
		if (statusCode >= 400) {
			return isRecord(body) ? { message: stringOf(body.message) ?? `Botobot answered HTTP ${statusCode}` } : undefined;
		}
		if (isRecord(body) && body.status === 'success') return undefined;
		return unexpectedAnswer(statusCode, headers, body);
	},
	unwrap(body) {
		return isRecord(body) ? (body.data ?? {}) : body;
	},
};
