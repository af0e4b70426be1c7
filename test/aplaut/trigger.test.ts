import type { IDataObject } from 'n8n-workflow';

import { reviewWebhookBody } from '../../sandboxes/aplaut/samples';
import { callWebhook, nodeType } from '../../harness/engine/engine';
import { useAplautSandbox } from '../support/sandboxes';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';

const aplaut = useAplautSandbox();

const credentials = { aplautWebhookApi: { secret: SANDBOX_TOKENS.aplautWebhookSecret } };

function storedReview(attributes: IDataObject = {}) {
	const [row] = aplaut.store.seed('reviews', 1, () => ({ rating: 1, body: 'Arrived broken', state: 'waiting', ...attributes }));
	return aplaut.store.resource('reviews', row) as unknown as IDataObject;
}

async function deliver(body: unknown, options: { events?: string[]; staticData?: IDataObject; rawOnly?: boolean } = {}) {
	return await callWebhook({
		type: 'aplautTrigger',
		parameters: { events: options.events ?? ['*'] },
		credentials,
		staticData: options.staticData,
		request: options.rawOnly
			? { method: 'POST', headers: { 'content-type': 'text/plain' }, body: {}, rawBody: JSON.stringify(body) }
			: { method: 'POST', headers: { 'content-type': 'application/json' }, body },
	});
}

describe('Aplaut Trigger (review webhooks)', () => {
	it('starts one execution with the event and the flat review, without the secret', async () => {
		const review = storedReview();
		const body = reviewWebhookBody({ event: 'create_review', review, hookId: 'hook-7' });
		const outcome = await deliver(body);
		expect(outcome.workflowData).toHaveLength(1);
		const [item] = outcome.workflowData![0];
		expect(item.json).toMatchObject({
			event: 'create_review',
			hookId: 'hook-7',
			reviewId: review.id,
			review: { id: review.id, type: 'reviews', rating: 1, body: 'Arrived broken', state: 'waiting' },
			payload: { hook_id: 'hook-7', event: 'create_review' },
		});
		expect(JSON.stringify(item.json)).not.toContain(SANDBOX_TOKENS.aplautWebhookSecret);
		expect((item.json.payload as IDataObject).secret).toBeUndefined();
		expect(outcome.response.body).toEqual({ received: true });
	});

	it.each([
		['wrong', 'The secret is wrong'],
		['missing', 'The secret is missing'],
	] as const)('refuses a %s secret with 401 and starts nothing', async (secret, reason) => {
		const outcome = await deliver(reviewWebhookBody({ event: 'publish_review', review: storedReview(), secret }));
		expect(outcome.response).toMatchObject({ status: 401, body: { error: reason } });
		expect(outcome.workflowData).toBeUndefined();
		expect(outcome.staticData).toEqual({});
	});

	it('refuses a body that is not JSON with 401 (no secret can be read)', async () => {
		const outcome = await callWebhook({
			type: 'aplautTrigger',
			parameters: { events: ['*'] },
			credentials,
			request: { method: 'POST', headers: { 'content-type': 'text/plain' }, body: {}, rawBody: 'secret=' + SANDBOX_TOKENS.aplautWebhookSecret },
		});
		expect(outcome.response.status).toBe(401);
		expect(outcome.workflowData).toBeUndefined();
	});

	it('reads a JSON body sent without a JSON content type', async () => {
		const outcome = await deliver(reviewWebhookBody({ event: 'ban_review', review: storedReview() }), { rawOnly: true });
		expect(outcome.workflowData?.[0][0].json.event).toBe('ban_review');
	});

	it('acknowledges unselected events with 200 and starts nothing', async () => {
		const outcome = await deliver(reviewWebhookBody({ event: 'update_review_tags', review: storedReview() }), {
			events: ['create_review', 'publish_review'],
		});
		expect(outcome.response).toMatchObject({ status: 200, body: { received: true, ignored: 'event "update_review_tags" is not selected' } });
		expect(outcome.workflowData).toBeUndefined();
	});

	it('starts a repeated delivery once, also when the copies arrive at the same instant', async () => {
		const review = storedReview({ rating: 2 });
		const body = reviewWebhookBody({ event: 'publish_review', review, hookId: 'hook-concurrent' });
		const staticData: IDataObject = {};
		const outcomes = await Promise.all(Array.from({ length: 6 }, async () => await deliver(body, { staticData })));
		expect(outcomes.filter((outcome) => outcome.workflowData !== undefined)).toHaveLength(1);
		expect(outcomes.filter((outcome) => outcome.response.status === 200 && (outcome.response.body as IDataObject)?.duplicate === true)).toHaveLength(5);
		// Later, after a restart of the process memory, the persisted list still knows it.
		expect(JSON.stringify(staticData)).toContain('deliveries');
		const again = await deliver(body, { staticData });
		expect(again.workflowData).toBeUndefined();
	});

	it('tells apart a second change of one review (another updated_at) from a repeat', async () => {
		const review = storedReview();
		const staticData: IDataObject = {};
		const first = await deliver(reviewWebhookBody({ event: 'update_review', review, hookId: 'hook-u' }), { staticData });
		const changed = { ...review, attributes: { ...(review.attributes as IDataObject), updated_at: '2026-11-30T10:00:00.000Z' } };
		const second = await deliver(reviewWebhookBody({ event: 'update_review', review: changed, hookId: 'hook-u' }), { staticData });
		const other = await deliver(reviewWebhookBody({ event: 'publish_review', review, hookId: 'hook-u' }), { staticData });
		expect([first, second, other].map((outcome) => outcome.workflowData?.length)).toEqual([1, 1, 1]);
	});

	it('the credential test checks the secret as far as it can be checked here', async () => {
		// A node method (n8n runs it for `testedBy`), not a declarative request.
		const test = (await nodeType('aplautTrigger')).methods?.credentialTest?.aplautWebhookSecretTest;
		if (!test) throw new Error('no credential test');
		const run = async (secret: string) =>
			await test.call({} as never, {
				id: '1',
				name: 'c',
				type: 'aplautWebhookApi',
				data: { secret },
			});
		expect(await run(SANDBOX_TOKENS.aplautWebhookSecret)).toMatchObject({ status: 'OK' });
		expect(await run('')).toMatchObject({ status: 'Error', message: 'The webhook secret is empty' });
		expect(await run(' padded-secret ')).toMatchObject({ status: 'Error' });
		expect(await run('short')).toMatchObject({ status: 'Error' });
	});
});
