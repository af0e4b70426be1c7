import { boundaryOf, multipartPairs, pairsFromParsedFields } from '../../nodes/Botobot/helpers/multipart';
import { readCallback } from '../../nodes/Botobot/helpers/callbackPayload';
import { encodeMultipart } from '../../sandboxes/botobot/callbacks';
import { sampleBotobotOrder, TYPED_SAMPLE_ORDER } from '../../sandboxes/botobot/samples';

describe('multipart/form-data callbacks', () => {
	const { body, contentType } = encodeMultipart(sampleBotobotOrder());

	it('finds the boundary, quoted or bare', () => {
		expect(boundaryOf('multipart/form-data; boundary=----abc123')).toBe('----abc123');
		expect(boundaryOf('multipart/form-data; charset=utf-8; boundary="a b:c"')).toBe('a b:c');
		expect(boundaryOf('multipart/form-data')).toBeUndefined();
		expect(boundaryOf('application/json; boundary=x')).toBeUndefined();
	});

	it('reads the fields in order, skipping files, with CRLF or bare LF', () => {
		const raw = [
			'--XyZ',
			'Content-Disposition: form-data; name="id"',
			'',
			'902',
			'--XyZ',
			'Content-Disposition: form-data; name="goods[0][title]"',
			'Content-Type: text/plain; charset=utf-8',
			'',
			'Tea "Sencha"\r\nline two',
			'--XyZ',
			'Content-Disposition: form-data; name="photo"; filename="a.jpg"',
			'',
			'\u00ff\u00d8',
			'--XyZ--',
			'',
		];
		const expected = [
			['id', '902'],
			['goods[0][title]', 'Tea "Sencha"\r\nline two'],
		];
		expect(multipartPairs(raw.join('\r\n'), 'multipart/form-data; boundary=XyZ')).toEqual({ ok: true, pairs: expected });
		expect(multipartPairs(raw.join('\n').replace('\r\nline', '\nline'), 'multipart/form-data; boundary=XyZ')).toEqual({
			ok: true,
			pairs: [expected[0], ['goods[0][title]', 'Tea "Sencha"\nline two']],
		});
	});

	it('refuses a body without its boundary, cut off, or with a part that is no form field', () => {
		expect(multipartPairs('id=1', 'multipart/form-data')).toMatchObject({ ok: false, reason: expect.stringContaining('no boundary') });
		expect(multipartPairs('id=1', 'multipart/form-data; boundary=b')).toMatchObject({ ok: false });
		expect(multipartPairs('--b\r\nContent-Disposition: form-data; name="id"\r\n\r\n1', 'multipart/form-data; boundary=b')).toMatchObject({
			ok: false,
			reason: expect.stringContaining('cut off'),
		});
		expect(multipartPairs('--b\r\nX: y\r\n\r\n1\r\n--b--', 'multipart/form-data; boundary=b')).toMatchObject({ ok: false });
	});

	it('reads a multipart order like a form order: typed fields, goods as a list of objects', () => {
		expect(readCallback({ method: 'POST', contentType, rawBody: body })).toEqual({ ok: true, orders: [TYPED_SAMPLE_ORDER] });
	});

	it('reads what n8n itself parsed (flat fields under data, a repeated name as a list)', () => {
		const fields = Object.fromEntries(multipartPairs(body, contentType).ok ? (multipartPairs(body, contentType) as { pairs: [string, string][] }).pairs : []);
		expect(readCallback({ method: 'POST', contentType, rawBody: '', body: { data: fields, files: {} } })).toEqual({ ok: true, orders: [TYPED_SAMPLE_ORDER] });
		expect(pairsFromParsedFields({ 'tags[]': ['a', 'b'], id: '1', file: { size: 3 } })).toEqual([
			['tags[]', 'a'],
			['tags[]', 'b'],
			['id', '1'],
		]);
	});
});
