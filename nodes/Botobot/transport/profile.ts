import { isRecord, stringOf } from '../../shared/http/envelope';
import type { ServiceFailure, ServiceProfile } from '../../shared/http/types';

/**
 * Botobot answers `{status: "success"|"fail", message?, data?}`, failures usually with HTTP 200.
 * Bodies are form-urlencoded, as Botobot's own PHP clients send them. The token sits in the URL path
 * (the credential appends it), so it is listed as a secret to scrub from every message.
 */
export const botobotProfile: ServiceProfile = {
	name: 'Botobot',
	credentialType: 'botobotApi',
	secretFields: ['token'],
	bodyFormat: 'form',
	accept: 'application/json',
	failureOf({ statusCode, body }): ServiceFailure | undefined {
		if (isRecord(body) && body.status === 'fail') {
			return { message: stringOf(body.message) ?? 'Botobot refused the request' };
		}
		if (statusCode >= 400 && isRecord(body)) {
			return { message: stringOf(body.message) ?? `Botobot answered HTTP ${statusCode}` };
		}
		return undefined;
	},
	unwrap(body) {
		return isRecord(body) ? (body.data ?? {}) : body;
	},
};
