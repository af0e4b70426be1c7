import type { BodyFormat } from './types';

/** PHP-style bracket encoding (`goods[0][id]=1`), as form-posting clients of PHP services send it. */
export function toFormFields(value: unknown, prefix = '', out: Array<[string, string]> = []) {
	if (value === undefined || value === null) return out;
	if (Array.isArray(value)) {
		value.forEach((entry, index) => toFormFields(entry, `${prefix}[${index}]`, out));
	} else if (typeof value === 'object') {
		for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
			toFormFields(entry, prefix ? `${prefix}[${key}]` : key, out);
		}
	} else if (prefix) {
		out.push([prefix, typeof value === 'boolean' ? (value ? '1' : '0') : String(value)]);
	}
	return out;
}

const CONTENT_TYPES: Record<BodyFormat, string> = {
	json: 'application/json',
	jsonApi: 'application/vnd.api+json',
	form: 'application/x-www-form-urlencoded',
};

/** The wire form of a request body: a plain object is encoded; anything else is passed through. */
export function encodeBody(
	body: unknown,
	format: BodyFormat,
): { body: unknown; contentType?: string } {
	if (body === undefined) return { body: undefined };
	const isPlain =
		Array.isArray(body) ||
		(typeof body === 'object' && body !== null && Object.getPrototypeOf(body) === Object.prototype);
	if (!isPlain) return { body };
	if (format === 'form') {
		return { body: new URLSearchParams(toFormFields(body)).toString(), contentType: CONTENT_TYPES.form };
	}
	return { body: JSON.stringify(body), contentType: CONTENT_TYPES[format] };
}
