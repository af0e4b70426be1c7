import { isRecord, stringOf } from '../../shared/http/envelope';
import type { ServiceFailure, ServiceProfile } from '../../shared/http/types';

/**
 * Broniboy wraps everything: `{success, status_code, data}` or `{success: false, status_code,
 * error: {code, message, dev_err}}`, where `dev_err` is field → messages for 400 and a string otherwise.
 */
export const broniboyProfile: ServiceProfile = {
	name: 'Broniboy',
	credentialType: 'broniboyApi',
	secretFields: ['appToken', 'userToken'],
	bodyFormat: 'json',
	accept: 'application/json',
	failureOf({ statusCode, body }): ServiceFailure | undefined {
		if (!isRecord(body)) return undefined;
		if (body.success !== false && statusCode < 400) return undefined;
		const error = isRecord(body.error) ? body.error : {};
		const devError = error.dev_err;
		return {
			message: stringOf(error.message) ?? `Broniboy answered HTTP ${String(body.status_code ?? statusCode)}`,
			fieldErrors: isRecord(devError) ? devError : typeof devError === 'string' && devError ? [devError] : undefined,
			code: typeof error.code === 'number' || typeof error.code === 'string' ? error.code : undefined,
		};
	},
	unwrap(body) {
		return isRecord(body) && 'data' in body ? body.data : body;
	},
};
