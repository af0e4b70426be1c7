import { createHmac } from 'node:crypto';

import { decodeSignature, verifyBroniboyWebhook } from '../../nodes/Broniboy/helpers/hmac';
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
		});
	});

	it('refuses a signature over the re-serialized data (the raw text is what counts)', () => {
		const reserialized = JSON.stringify(JSON.parse(dataText));
		expect(reserialized).not.toBe(dataText);
		const { rawBody, headers } = delivery(dataText, sign(reserialized).toString('hex'));
		expect(verifyBroniboyWebhook(rawBody, headers, SECRET)).toMatchObject({ ok: false, status: 401 });
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
