import { fuzzBodies } from '../support/fuzzBodies';
import { KEYCRM_WEBHOOK_SECRET as SECRET } from '../../sandboxes/keycrm/automation';
import { SavedStaticData } from '../../harness/engine/savedStaticData';

/** What n8n's JSON parser made of the body, or nothing. */
function parsed(body: Buffer): unknown {
	try {
		return JSON.parse(body.toString('utf8'));
	} catch {
		return {};
	}
}

// Every hostile body arrives with the right secret in the path: only the body (or query) can be wrong.
describe('KeyCRM Trigger under hostile bodies', () => {
	const store = new SavedStaticData();
	const deliver = async (request: { method: 'GET' | 'POST'; url: string; headers?: Record<string, string>; rawBody?: Buffer; body?: unknown }) =>
		await store.deliver({
			type: 'keyCrmTrigger',
			parameters: { events: ['*'] },
			credentials: { keyCrmWebhookApi: { secret: SECRET } },
			request: { params: { secret: SECRET }, ...request },
		});

	it.each(fuzzBodies().map((fuzz) => [fuzz.name, fuzz] as const))('answers %s with a 4xx and a clear message, starting nothing', async (_name, fuzz) => {
		const outcome = await deliver({
			method: 'POST',
			url: `/webhook/abc/keycrm/${SECRET}`,
			headers: fuzz.contentType ? { 'Content-Type': fuzz.contentType } : {},
			rawBody: fuzz.body,
			body: parsed(fuzz.body),
		});
		expect(outcome.workflowData).toBeUndefined();
		expect(outcome.response.status).toBeGreaterThanOrEqual(400);
		expect(outcome.response.status).toBeLessThan(500);
		expect(outcome.response.body).toMatchObject({ error: expect.stringMatching(/^(The |Not a KeyCRM webhook)/) });
	});

	it('answers huge and junk queries by GET with 400, starting nothing', async () => {
		const huge = Array.from({ length: 20_000 }, (_, index) => `k${index}=v`).join('&');
		for (const query of ['', '%ff%fe=%c3', `${'x'.repeat(100_000)}=1`, `event=${'e'.repeat(100_000)}`.slice(0, 6), huge, `event=order.change_order_status&${huge}`]) {
			const outcome = await deliver({ method: 'GET', url: `/webhook/abc/keycrm/${SECRET}?${query}` });
			expect(outcome.response.status).toBe(400);
			expect(outcome.workflowData).toBeUndefined();
		}
	});
});
