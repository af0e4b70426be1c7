import { readReviewWebhook } from '../../nodes/Aplaut/trigger/reviewDelivery';

const SECRET = 'hook-secret-123456';

const body = (extra: Record<string, unknown> = {}) => ({
	hook_id: 'h1',
	secret: SECRET,
	event: 'publish_review',
	data: { id: 'r1', type: 'reviews', attributes: { rating: 2, body: 'Late', updated_at: '2026-11-01T10:00:00Z' } },
	...extra,
});

describe('readReviewWebhook', () => {
	it('accepts the right secret, flattens the review and drops the secret', () => {
		const verdict = readReviewWebhook(body({ note: `copied ${SECRET}` }), SECRET);
		expect(verdict).toMatchObject({ ok: true, event: 'publish_review', hookId: 'h1', reviewId: 'r1', review: { id: 'r1', rating: 2, body: 'Late' } });
		if (!verdict.ok) throw new Error('refused');
		expect(JSON.stringify(verdict.payload)).not.toContain(SECRET);
		const again = readReviewWebhook(body(), SECRET);
		expect(again.ok && again.key).toBe(verdict.key);
	});

	it.each([
		['no secret', { secret: undefined }, 'The secret is missing'],
		['a wrong one', { secret: 'hook-secret-12345X' }, 'The secret is wrong'],
		['a prefix of it', { secret: 'hook-secret' }, 'The secret is wrong'],
		['a number', { secret: 12 }, 'The secret is wrong'],
	])('refuses %s with 401', (_what, extra, reason) => {
		expect(readReviewWebhook(body(extra), SECRET)).toEqual({ ok: false, status: 401, reason });
	});

	it('refuses everything when the credential has no secret', () => {
		expect(readReviewWebhook(body({ secret: '' }), '')).toMatchObject({ ok: false, status: 401 });
	});

	it('reads raw JSON text, other field names and refuses a body without event (400)', () => {
		const raw = JSON.stringify({ secret: SECRET, hook_id: 7, action: 'create_review', review: { id: 5, rating: 1 } });
		expect(readReviewWebhook(raw, SECRET)).toMatchObject({ ok: true, event: 'create_review', hookId: '7', reviewId: '5', review: { id: 5, rating: 1 } });
		expect(readReviewWebhook('not json', SECRET)).toMatchObject({ ok: false, status: 401 });
		expect(readReviewWebhook({ secret: SECRET }, SECRET)).toEqual({ ok: false, status: 400, reason: 'The body names no event' });
	});

	it('keys a delivery by hook, event, review and its change time', () => {
		const key = (extra: Record<string, unknown>) => (readReviewWebhook(body(extra), SECRET) as { key: string }).key;
		const base = key({});
		expect(key({ sent_at: 'later' })).toBe(base);
		expect(key({ hook_id: 'h2' })).not.toBe(base);
		expect(key({ event: 'ban_review' })).not.toBe(base);
		expect(key({ data: { id: 'r1', type: 'reviews', attributes: { updated_at: '2026-11-02T10:00:00Z' } } })).not.toBe(base);
	});
});
