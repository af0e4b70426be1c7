import { createHmac } from 'node:crypto';

import { rawMember } from '../../nodes/Broniboy/helpers/webhookPayload';
import { fuzzBodies } from '../support/fuzzBodies';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';
import { SavedStaticData } from '../../harness/engine/savedStaticData';

/** Signed with the right secret over the data text when there is one, else over the whole body: only the body is wrong. */
function signatureOf(body: Buffer): string {
	const text = body.toString('utf8');
	const data = rawMember(text, 'data')?.text ?? text;
	return createHmac('sha256', SANDBOX_TOKENS.broniboyWebhookSecret).update(data, 'utf8').digest('hex');
}

describe('Broniboy Trigger under hostile bodies', () => {
	const store = new SavedStaticData();

	it.each(fuzzBodies().map((fuzz) => [fuzz.name, fuzz] as const))('answers %s with a 4xx and a clear message, starting nothing', async (_name, fuzz) => {
		const outcome = await store.deliver({
			type: 'broniboyTrigger',
			parameters: { events: ['*'], options: {} },
			credentials: { broniboyWebhookApi: { secret: SANDBOX_TOKENS.broniboyWebhookSecret } },
			request: {
				method: 'POST',
				headers: { ...(fuzz.contentType ? { 'Content-Type': fuzz.contentType } : {}), 'Hook-Event': 'order.changed', 'Hook-Delivery': 'fuzz', 'Hook-HMAC': signatureOf(fuzz.body) },
				rawBody: fuzz.body,
				body: {},
			},
		});
		expect(outcome.workflowData).toBeUndefined();
		expect(outcome.response.status).toBeGreaterThanOrEqual(400);
		expect(outcome.response.status).toBeLessThan(500);
		expect(outcome.response.body).toMatchObject({ error: expect.stringMatching(/^The /) });
	});
});
