import { createHmac } from 'node:crypto';

import { verifyBroniboyWebhook } from '../../nodes/Broniboy/trigger/signature';
import { rawMember } from '../../nodes/Broniboy/helpers/webhookPayload';
import { generator } from '../support/random';


type Random = ReturnType<typeof generator>;

const PIECES = ['{', '}', '[', ']', '"', ':', ',', ' ', '\n', '\\', 'data', 'event', '"data"', 'null', 'true', '1.5e3', '-0', 'ю', '\u0000', '\ud800'];
const SECRET = 'fuzz-secret-0123456789';

function randomValue(random: Random, depth = 0): unknown {
	const kind = random.int(depth > 3 ? 4 : 6);
	switch (kind) {
		case 0:
			return random.int(1e6) - 5e5;
		case 1:
			return Array.from({ length: random.int(8) }, () => random.pick(PIECES)).join('');
		case 2:
			return random.pick([true, false, null]);
		case 3:
			return random.next();
		case 4:
			return Array.from({ length: random.int(4) }, () => randomValue(random, depth + 1));
		default:
			return Object.fromEntries(Array.from({ length: random.int(4) }, (_, i) => [`${random.pick(PIECES)}${i}`, randomValue(random, depth + 1)]));
	}
}

/** A JSON text with random spacing, or random junk, or a mangled JSON text. */
function randomBody(random: Random): string {
	const choice = random.int(4);
	if (choice === 0) return Array.from({ length: random.int(40) }, () => random.pick(PIECES)).join('');
	const body = { event: random.pick(['order.changed', 'courier.changed', '']), data: randomValue(random) };
	const text = JSON.stringify(body, null, random.int(3)).replace(/, /g, random.pick([', ', ',', ',\n ']));
	if (choice === 1) return text;
	if (choice === 2) return text.slice(0, random.int(text.length + 1));
	return JSON.stringify(randomValue(random));
}

function randomHeaders(random: Random, body: string): Record<string, string | string[] | undefined> {
	const headers: Record<string, string | string[] | undefined> = {};
	const digest = createHmac('sha256', random.pick([SECRET, 'other', ''])).update(body.slice(random.int(10))).digest();
	const signature = random.pick([
		digest.toString('hex'),
		digest.toString('base64'),
		Array.from({ length: random.int(80) }, () => random.pick(PIECES)).join(''),
		'',
		undefined,
	]);
	headers[random.pick(['Hook-HMAC', 'hook-hmac', 'HOOK-HMAC', 'X-Other'])] = random.int(5) === 0 && signature ? [signature] : signature;
	if (random.int(2)) headers['Hook-Delivery'] = random.pick(['d', '', 'x'.repeat(500)]);
	return headers;
}

describe('verifyBroniboyWebhook under random input', () => {
	it('never throws and never accepts without the secret (4000 seeded cases)', () => {
		const random = generator(20261122);
		let accepted = 0;
		for (let run = 0; run < 4000; run++) {
			const body = randomBody(random);
			const headers = randomHeaders(random, body);
			const raw = random.int(2) ? Buffer.from(body, 'utf8') : body;
			const verdict = verifyBroniboyWebhook(raw, headers, SECRET);
			expect([true, false]).toContain(verdict.ok);
			if (!verdict.ok) expect([400, 401]).toContain(verdict.status);
			// The catch-all refusal would mean the checking itself threw.
			if (!verdict.ok) expect(verdict.reason).not.toBe('The request could not be read');
			if (verdict.ok) accepted++;
			// Signed with anything but SECRET, or checked with no secret: never accepted.
			expect(verifyBroniboyWebhook(raw, headers, '').ok).toBe(false);
			expect(verifyBroniboyWebhook(raw, headers, 'fuzz-secret-0123456788').ok).toBe(false);
		}
		// Random signatures over random slices almost never match; the properly signed cases below do.
		expect(accepted).toBeLessThan(4000);
	});

	it('accepts every properly signed random body (1000 seeded cases)', () => {
		const random = generator(7);
		for (let run = 0; run < 1000; run++) {
			// Broniboy's data is the order: an object.
			const data = { value: randomValue(random) };
			const dataText = JSON.stringify(data, null, random.int(4));
			const rawBody = `{"event":"order.changed",${' '.repeat(random.int(3))}"data": ${dataText}}`;
			const digest = createHmac('sha256', SECRET).update(dataText, 'utf8').digest();
			const header = random.pick([digest.toString('hex'), digest.toString('hex').toUpperCase(), digest.toString('base64')]);
			const verdict = verifyBroniboyWebhook(rawBody, { 'Hook-HMAC': header }, SECRET);
			expect(verdict).toMatchObject({ ok: true, data: JSON.parse(dataText) });
			const flipped = Buffer.from(header);
			flipped[run % flipped.length] ^= 1;
			expect(verifyBroniboyWebhook(rawBody, { 'Hook-HMAC': flipped.toString() }, SECRET).ok).toBe(false);
		}
	});

	it('finds exactly the value JSON.parse finds, for any valid JSON text (3000 seeded cases)', () => {
		const random = generator(99);
		for (let run = 0; run < 3000; run++) {
			const body: Record<string, unknown> = { event: 'x', data: randomValue(random), [random.pick(PIECES)]: randomValue(random) };
			const text = JSON.stringify(body, null, random.pick([0, 1, '\t', ' \n']));
			const parsed = JSON.parse(text) as Record<string, unknown>;
			const member = rawMember(text, 'data');
			expect(member).toBeDefined();
			expect(JSON.parse(member!.text)).toEqual(parsed.data);
			expect(text).toContain(member!.text);
		}
	});
});
