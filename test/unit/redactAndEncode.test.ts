import { encodeBody, toFormFields } from '../../nodes/shared/http/encodeBody';
import { redactText, redactValue } from '../../nodes/shared/http/redact';

describe('redaction', () => {
	it('hides a secret, raw or URL-encoded, everywhere in a value', () => {
		const secret = 'tok/en+123';
		const value = {
			message: `POST https://x/api/v1/getTask/${encodeURIComponent(secret)} failed`,
			nested: [{ url: `…/${secret}` }],
			count: 3,
		};
		const redacted = redactValue(value, [secret]);
		expect(JSON.stringify(redacted)).not.toContain('tok');
		expect(redacted.count).toBe(3);
	});

	it('leaves text without secrets and ignores too-short secrets', () => {
		expect(redactText('nothing here', ['abcdef'])).toBe('nothing here');
		expect(redactText('a b c', ['a'])).toBe('a b c');
	});
});

describe('body encoding', () => {
	it('encodes nested values in PHP bracket notation for form bodies', () => {
		expect(toFormFields({ id: 5, goods: [{ id: 1, ok: true }], empty: null })).toEqual([
			['id', '5'],
			['goods[0][id]', '1'],
			['goods[0][ok]', '1'],
		]);
		expect(encodeBody({ id: 5, status: 20 }, 'form')).toEqual({
			body: 'id=5&status=20',
			contentType: 'application/x-www-form-urlencoded',
		});
	});

	it('serializes JSON and JSON:API, passes anything else through', () => {
		expect(encodeBody({ a: 1 }, 'jsonApi')).toEqual({ body: '{"a":1}', contentType: 'application/vnd.api+json' });
		const form = new FormData();
		expect(encodeBody(form, 'json')).toEqual({ body: form });
		expect(encodeBody(undefined, 'json')).toEqual({ body: undefined });
	});
});
