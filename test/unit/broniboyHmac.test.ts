import { createHmac } from 'node:crypto';

import { decodeSignature, verifyBroniboyWebhook } from '../../nodes/Broniboy/trigger/signature';
import { rawMember } from '../../nodes/Broniboy/helpers/webhookPayload';

const SECRET = 'a-webhook-secret-for-unit-tests';
const sign = (text: string, secret = SECRET) => createHmac('sha256', secret).update(text, 'utf8').digest();

function delivery(dataText: string, signature?: string) {
	const rawBody = `{"event": "order.changed", "data": ${dataText}}`;
	const headers: Record<string, string> = { 'Hook-Event': 'order.changed', 'Hook-Delivery': 'd-1' };
	if (signature !== undefined) headers['Hook-HMAC'] = signature;
	return { rawBody, headers };
}

describe('rawMember', () => {
	it('returns the raw text of a top-level member, whitespace and escapes kept', () => {
		const text = '{ "event" : "x",\n "data" :  {"a": [1, 2, {"b": "}\\"]"}],  "c" : null} , "z": 1 }';
		expect(rawMember(text, 'data')).toEqual({ text: '{"a": [1, 2, {"b": "}\\"]"}],  "c" : null}', occurrences: 1 });
		expect(rawMember(text, 'z')).toEqual({ text: '1', occurrences: 1 });
	});

	it('ignores nested members of the same name and counts repeated top-level ones', () => {
		expect(rawMember('{"x": {"data": 1}}', 'data')).toBeUndefined();
		expect(rawMember('{"data": 1, "data": [2]}', 'data')).toEqual({ text: '[2]', occurrences: 2 });
	});

	it('matches escaped key spellings as JSON.parse would', () => {
		expect(rawMember('{"d\\u0061ta": "v"}', 'data')?.text).toBe('"v"');
	});

	it('gives up on anything that is not an object', () => {
		for (const text of ['', '[]', '"data"', '{', '{"data"', '{"data":}', '{"data": 1', 'null', '{}']) {
			expect(rawMember(text, 'data')).toBeUndefined();
		}
	});
});

describe('decodeSignature', () => {
	const digest = sign('x');
	it.each([
		['hex', digest.toString('hex')],
		['upper-case hex', digest.toString('hex').toUpperCase()],
		['base64', digest.toString('base64')],
		['base64 without padding', digest.toString('base64').replace(/=+$/, '')],
		['base64url', digest.toString('base64url')],
		['sha256= prefix', `sha256=${digest.toString('hex')}`],
	])('reads %s', (_name, header) => {
		expect(decodeSignature(header)?.equals(digest)).toBe(true);
	});

	it.each(['', 'abc', digest.toString('hex').slice(2), `${digest.toString('hex')}00`, 'z'.repeat(64), Buffer.alloc(31).toString('base64')])(
		'refuses %j',
		(header) => {
			expect(decodeSignature(header)).toBeUndefined();
		},
	);
});

describe('verifyBroniboyWebhook', () => {
	const dataText = '{"id": "eb3b595d", "state": "ready",  "number": 123}';

	it.each(['hex', 'HEX', 'base64'])('accepts a %s signature over the raw data text', (encoding) => {
		const digest = sign(dataText);
		const header = encoding === 'base64' ? digest.toString('base64') : encoding === 'HEX' ? digest.toString('hex').toUpperCase() : digest.toString('hex');
		const { rawBody, headers } = delivery(dataText, header);
		expect(verifyBroniboyWebhook(Buffer.from(rawBody), headers, SECRET)).toEqual({
			ok: true,
			event: 'order.changed',
			deliveryId: 'd-1',
			data: { id: 'eb3b595d', state: 'ready', number: 123 },
			body: JSON.parse(rawBody),
			signatureFormat: 'raw',
		});
	});

	it('accepts a signature over another listed serialization of data, and says which', () => {
		const data = { id: 'eb3b595d', state: 'ready', number: 123, address: 'Москва' };
		const body = `{"event": "order.changed", "data": ${JSON.stringify(data)}}`;
		const python = '{"id": "eb3b595d", "state": "ready", "number": 123, "address": "\\u041c\\u043e\\u0441\\u043a\\u0432\\u0430"}';
		const sortedCompact = '{"address":"Москва","id":"eb3b595d","number":123,"state":"ready"}';
		const check = (signed: string) => verifyBroniboyWebhook(body, { 'Hook-HMAC': sign(signed).toString('hex') }, SECRET);
		expect(check(JSON.stringify(data))).toMatchObject({ ok: true, signatureFormat: 'raw' });
		expect(check(python)).toMatchObject({ ok: true, signatureFormat: 'python', data });
		expect(check(sortedCompact)).toMatchObject({ ok: true, signatureFormat: 'compact-sorted' });
		// Not on the list: indented JSON, or another secret over a listed form.
		expect(check(JSON.stringify(data, null, 2))).toMatchObject({ ok: false, status: 401 });
		expect(verifyBroniboyWebhook(body, { 'Hook-HMAC': sign(python, 'another-secret-0000').toString('hex') }, SECRET)).toMatchObject({ ok: false, status: 401 });
	});

	it('answers 400 for data that is not an object, is nested too deeply, or a body that is not UTF-8', () => {
		const headers = { 'hook-hmac': sign('1').toString('hex') };
		expect(verifyBroniboyWebhook('{"data": 1}', headers, SECRET)).toMatchObject({ ok: false, status: 400 });
		const deep = `{"data": ${'{"a":'.repeat(100)}1${'}'.repeat(100)}}`;
		expect(verifyBroniboyWebhook(deep, headers, SECRET)).toMatchObject({ ok: false, status: 400, reason: expect.stringContaining('nested') });
		const bytes = Buffer.concat([Buffer.from('{"data": {"a": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}}')]);
		expect(verifyBroniboyWebhook(bytes, headers, SECRET)).toMatchObject({ ok: false, status: 400, reason: 'The body is not valid UTF-8' });
	});

	it('refuses a tampered body, a wrong secret, a missing or malformed header', () => {
		const good = sign(dataText).toString('hex');
		const tampered = delivery(dataText.replace('ready', 'canceled'), good);
		expect(verifyBroniboyWebhook(tampered.rawBody, tampered.headers, SECRET)).toMatchObject({ ok: false, status: 401, reason: expect.stringContaining('does not match') });
		const signed = delivery(dataText, good);
		expect(verifyBroniboyWebhook(signed.rawBody, signed.headers, 'another-secret-entirely')).toMatchObject({ ok: false, status: 401 });
		expect(verifyBroniboyWebhook(signed.rawBody, signed.headers, '')).toMatchObject({ ok: false, status: 401 });
		const missing = delivery(dataText);
		expect(verifyBroniboyWebhook(missing.rawBody, missing.headers, SECRET)).toMatchObject({ ok: false, status: 401, reason: expect.stringContaining('missing') });
		const malformed = delivery(dataText, 'not-a-signature');
		expect(verifyBroniboyWebhook(malformed.rawBody, malformed.headers, SECRET)).toMatchObject({ ok: false, status: 401 });
	});

	it('answers 400 for a body that is not a JSON object and 401 without a data field', () => {
		const headers = { 'hook-hmac': sign('{}').toString('hex') };
		expect(verifyBroniboyWebhook('event=order.changed', headers, SECRET)).toMatchObject({ ok: false, status: 400 });
		expect(verifyBroniboyWebhook(undefined, headers, SECRET)).toMatchObject({ ok: false, status: 400 });
		expect(verifyBroniboyWebhook('[1]', headers, SECRET)).toMatchObject({ ok: false, status: 400 });
		expect(verifyBroniboyWebhook('{"event": "order.changed"}', headers, SECRET)).toMatchObject({ ok: false, status: 401 });
	});

	it('refuses two data fields even when one of them is signed', () => {
		const signedText = '{"state": "ready"}';
		const rawBody = `{"data": ${signedText}, "data": {"state": "canceled"}}`;
		expect(verifyBroniboyWebhook(rawBody, { 'Hook-HMAC': sign('{"state": "canceled"}').toString('hex') }, SECRET)).toMatchObject({ ok: false, status: 401 });
	});
});
