import { buildWebhookDelivery } from '../../sandboxes/broniboy/webhooks';
import { restartedNodeType } from '../../harness/engine/restart';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';
import { SavedStaticData } from '../../harness/engine/savedStaticData';

// Each request as n8n runs it: its own copy of the last saved static data, saved whole afterwards.
const order = { id: 'eb3b595d-3653-41a3-a531-ebeba332154c', state: 'on_way', courier_state: 'courier-accepted' };
const call = (deliveryId: string, nodeType?: ReturnType<typeof restartedNodeType>) => {
	// An order of its own per delivery id: the same signed data under another id is a repeat too.
	const { rawBody, headers } = buildWebhookDelivery({ event: 'order.changed', data: { ...order, number: deliveryId }, deliveryId });
	return {
		type: 'broniboyTrigger',
		parameters: { events: ['*'], options: {} },
		credentials: { broniboyWebhookApi: { secret: SANDBOX_TOKENS.broniboyWebhookSecret } },
		request: { method: 'POST' as const, headers, rawBody, body: JSON.parse(rawBody) as unknown },
		...(nodeType ? { nodeType } : {}),
	};
};
const started = (outcomes: Array<{ workflowData?: unknown }>) => outcomes.filter((outcome) => outcome.workflowData).length;

describe('Broniboy Trigger under concurrent deliveries', () => {
	it('starts exactly one execution for 8 simultaneous copies of one delivery; the others get 200 duplicate', async () => {
		const store = new SavedStaticData();
		const outcomes = await store.deliverAtOnce(Array.from({ length: 8 }, () => call('same-delivery-1')));
		expect(started(outcomes)).toBe(1);
		expect(outcomes.filter((outcome) => outcome.response.status === 200 && (outcome.response.body as { duplicate?: boolean }).duplicate)).toHaveLength(7);
	});

	it('starts all of 40 distinct deliveries at once and remembers all 40 (a replay of each starts nothing)', async () => {
		const store = new SavedStaticData();
		const ids = Array.from({ length: 40 }, (_, index) => `burst-${index}`);
		expect(started(await store.deliverAtOnce(ids.map((id) => call(id))))).toBe(40);
		expect(started(await store.deliverAtOnce(ids.map((id) => call(id))))).toBe(0);
		for (const id of ids) expect(started([await store.deliver(call(id))])).toBe(0);
		// n8n keeps a node's static data under "node:<node name>".
		const persisted = ((store.saved['node:broniboyTrigger'] as { deliveries: Array<[string, number]> }).deliveries ?? []).map(([key]) => key);
		expect(persisted).toEqual(expect.arrayContaining(ids));
	});

	it('recognises deliveries seen before a restart through the persisted static data, also the older plain-id list', async () => {
		const store = new SavedStaticData();
		expect(started(await store.deliverAtOnce([call('before-restart-1'), call('before-restart-2')]))).toBe(2);
		const restarted = restartedNodeType('broniboyTrigger');
		expect(started(await store.deliverAtOnce([call('before-restart-1', restarted), call('before-restart-2', restarted)]))).toBe(0);
		expect(started([await store.deliver(call('after-restart-1', restarted))])).toBe(1);
		// What versions before the shared memory saved: plain delivery ids.
		const upgraded = new SavedStaticData({ 'node:broniboyTrigger': { deliveries: ['e2e-delivery-0001'] } });
		expect(started([await upgraded.deliver(call('e2e-delivery-0001', restartedNodeType('broniboyTrigger')))])).toBe(0);
		// Without the persisted memory the same delivery would start again: the test can fail.
		expect(started([await new SavedStaticData().deliver(call('before-restart-1', restartedNodeType('broniboyTrigger')))])).toBe(1);
	});
});
