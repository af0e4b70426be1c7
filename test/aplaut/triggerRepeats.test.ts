import type { IDataObject } from 'n8n-workflow';

import { reviewWebhookBody } from '../../sandboxes/aplaut/samples';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';
import { callWebhook } from '../../harness/engine/engine';
import { SavedStaticData } from '../../harness/engine/savedStaticData';

const credentials = { aplautWebhookApi: { secret: SANDBOX_TOKENS.aplautWebhookSecret } };
const call = (body: unknown) => ({
	type: 'aplautTrigger',
	parameters: { events: ['*'] },
	credentials,
	request: { method: 'POST' as const, headers: { 'content-type': 'application/json' }, body },
});
const started = (outcomes: Array<{ workflowData?: unknown }>) => outcomes.filter((outcome) => outcome.workflowData).length;

// A review as Aplaut may send it: the help centre shows no updated_at.
const review = (text: string) => ({ id: 'r-77', type: 'reviews', attributes: { rating: 4, body: text } });

describe('Aplaut Trigger: repeats without updated_at, deliveries without a review', () => {
	it('update_review twice for one review, different bodies → 2 executions; the same body again → none', async () => {
		const store = new SavedStaticData();
		const first = reviewWebhookBody({ event: 'update_review', review: review('Good'), hookId: 'hook-n' });
		const second = reviewWebhookBody({ event: 'update_review', review: review('Good, and fast'), hookId: 'hook-n' });
		expect(started([await store.deliver(call(first)), await store.deliver(call(second))])).toBe(2);
		// A retry: the same payload (sent again later, so its sent_at differs).
		expect(started([await store.deliver(call({ ...first, sent_at: '2026-12-01T23:00:00Z' }))])).toBe(0);
	});

	it('the same body twice at once → 1 execution', async () => {
		const store = new SavedStaticData();
		const body = reviewWebhookBody({ event: 'update_review', review: review('Twice'), hookId: 'hook-t' });
		expect(started(await store.deliverAtOnce([call(body), call(body)]))).toBe(1);
	});

	it('a delivery without its review → 422, no execution', async () => {
		const { data: _review, ...empty } = reviewWebhookBody({ event: 'update_review', review: review('x'), hookId: 'hook-e' });
		const outcome = await callWebhook(call(empty));
		expect(outcome.response).toMatchObject({ status: 422, body: { error: expect.stringContaining('no review') } });
		expect(outcome.workflowData).toBeUndefined();
		// A review id alone (e.g. a deleted review) is enough.
		const deleted = await callWebhook(call({ ...empty, event: 'destroy_review', review_id: 'r-9' }));
		expect(deleted.workflowData).toHaveLength(1);
	});

	it('a deep body with the right secret → 400, not 500, no execution', async () => {
		let deep: IDataObject = { id: 1 };
		for (let level = 0; level < 20_000; level++) deep = { a: deep };
		const body = { ...reviewWebhookBody({ event: 'update_review', review: review('x') }), data: deep };
		const outcome = await callWebhook({ ...call(body), request: { ...call(body).request, rawBody: '' } });
		expect(outcome.response).toMatchObject({ status: 400, body: { error: expect.stringContaining('nested') } });
		expect(outcome.workflowData).toBeUndefined();
	});
});
