import { buildWebhookDelivery } from '../../sandboxes/broniboy/webhooks';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';
import { callWebhook } from '../../harness/engine/engine';
import { SavedStaticData } from '../../harness/engine/savedStaticData';

const credentials = { broniboyWebhookApi: { secret: SANDBOX_TOKENS.broniboyWebhookSecret } };
const order = { id: 'f7a1c3d0-5b2e-4c71-9a0d-2e6b8c4f1a93', state: 'ready', courier_state: 'courier-assigned', number: 501 };

type Delivery = ReturnType<typeof buildWebhookDelivery>;

const call = (delivery: Pick<Delivery, 'rawBody' | 'headers'>) => ({
	type: 'broniboyTrigger',
	parameters: { events: ['*'], options: {} },
	credentials,
	// n8n's body parser has already read the JSON; the trigger works on the raw bytes.
	request: { method: 'POST' as const, headers: delivery.headers, rawBody: delivery.rawBody, body: {} },
});

const started = (outcomes: Array<{ workflowData?: unknown }>) => outcomes.filter((outcome) => outcome.workflowData).length;

describe('Broniboy Trigger: forged bodies of any size', () => {
	const KB = 1024;
	const sizes: Array<[string, number]> = [
		['1 KB', KB],
		['100 KB', 100 * KB],
		['1 MB', 1024 * KB],
		['6 MB', 6 * 1024 * KB],
		['16 MiB', 16 * 1024 * KB],
	];

	it.each(sizes)('refuses a forged %s body with 401 and starts nothing', async (_name, size) => {
		const filler = 'x'.repeat(Math.max(0, size - 200));
		const forged = buildWebhookDelivery({ event: 'order.changed', data: { ...order, note: filler }, signature: 'wrong', bodyFormat: 'compact' });
		expect(forged.rawBody.length).toBeGreaterThanOrEqual(size - 100);
		const outcome = await callWebhook(call(forged));
		expect(outcome.response.status).toBe(401);
		expect(outcome.response.body).toMatchObject({ error: expect.stringContaining('does not match') });
		expect(outcome.workflowData).toBeUndefined();
	});

	it('still accepts the genuine delivery of the largest size', async () => {
		const genuine = buildWebhookDelivery({ event: 'order.changed', data: { ...order, note: 'x'.repeat(16 * 1024 * 1024 - 200) }, bodyFormat: 'compact' });
		const outcome = await callWebhook(call(genuine));
		expect(outcome.response.status).toBe(200);
		expect(outcome.workflowData).toHaveLength(1);
	});
});

describe('Broniboy Trigger: replays under fresh delivery ids', () => {
	it('a signed delivery replayed with a fresh Hook-Delivery starts no second execution', async () => {
		const store = new SavedStaticData();
		const genuine = buildWebhookDelivery({ event: 'order.changed', data: order, deliveryId: 'genuine-1' });
		expect(started([await store.deliver(call(genuine))])).toBe(1);
		const replay = await store.deliver(call({ ...genuine, headers: { ...genuine.headers, 'Hook-Delivery': 'replayed-under-a-new-id' } }));
		expect(replay.workflowData).toBeUndefined();
		expect(replay.response).toMatchObject({ status: 200, body: { duplicate: true } });
		// The same replay without any id is a repeat too; another order under a new id is not.
		const { 'Hook-Delivery': _id, ...withoutId } = genuine.headers;
		expect(started([await store.deliver(call({ ...genuine, headers: withoutId }))])).toBe(0);
		expect(started([await store.deliver(call(buildWebhookDelivery({ event: 'order.changed', data: { ...order, state: 'on_way' } })))])).toBe(1);
	});

	it('after 5 000 replays under fresh ids the original delivery’s retry is still recognised', async () => {
		const store = new SavedStaticData();
		const genuine = buildWebhookDelivery({ event: 'order.changed', data: order, deliveryId: 'genuine-retried' });
		expect(started([await store.deliver(call(genuine))])).toBe(1);
		let replayed = 0;
		for (let index = 0; index < 5000; index++) {
			const outcome = await store.deliver(call({ ...genuine, headers: { ...genuine.headers, 'Hook-Delivery': `flood-${index}` } }));
			if (outcome.workflowData) replayed++;
		}
		expect(replayed).toBe(0);
		// Broniboy's own retry: the same id and body, after the flood.
		expect(started([await store.deliver(call(genuine))])).toBe(0);
		// The memory did not grow with the replays: only the genuine delivery's two keys are kept.
		const kept = (store.saved['node:broniboyTrigger'] as { deliveries: unknown[] }).deliveries;
		expect(kept).toHaveLength(2);
	}, 120_000);
});
