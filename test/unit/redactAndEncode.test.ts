import { encodeBody, toFormFields } from '../../nodes/shared/http/encodeBody';
import { redactAndCut, redactText, redactValue } from '../../nodes/shared/http/redact';

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

	it('leaves text without secrets, and hides short secrets too', () => {
		expect(redactText('nothing here', ['abcdef'])).toBe('nothing here');
		expect(redactText('token q7 refused', ['q7'])).toBe('token *** refused');
		expect(redactText('a b', ['', 'b'])).toBe('a ***');
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

describe('redact, then cut', () => {
	const secret = 'Zx81-secret-token';

	it('cuts after redacting, so a secret across the cut is gone whole', () => {
		const text = `${'a'.repeat(195)}${secret}${'b'.repeat(50)}`;
		const shown = redactAndCut(text, [secret], 200);
		expect(shown).toBe(`${'a'.repeat(195)}***${'b'.repeat(2)}…`);
		expect(shown).not.toContain('Zx8');
	});

	it('hides every prefix of a secret that ends at the cut or at the end of the text', () => {
		for (let length = 1; length < secret.length; length++) {
			const cutText = `${'a'.repeat(200 - length)}${secret.slice(0, length)}${'c'.repeat(30)}`;
			expect(redactAndCut(cutText, [secret], 200)).toBe(`${'a'.repeat(200 - length)}***…`);
			expect(redactAndCut(`start ${secret.slice(0, length)}`, [secret], 200)).toBe('start ***');
		}
		expect(redactAndCut(`x ${encodeURIComponent('s/ecret+1').slice(0, 6)}`, ['s/ecret+1'], 200)).toBe('x ***');
	});

	it('leaves a short text without secrets as it is', () => {
		expect(redactAndCut('plain answer', [secret], 200)).toBe('plain answer');
	});
});
