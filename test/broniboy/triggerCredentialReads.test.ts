import { buildWebhookDelivery } from '../../sandboxes/broniboy/webhooks';
import { forgetWebhookSecrets } from '../../nodes/shared/trigger/webhook/secretCache';
import { HarnessCredentialsHelper } from '../../harness/engine/credentials';
import { callWebhook } from '../../harness/engine/engine';

// The trigger keeps its signing secret a few seconds (nodes/shared/trigger/webhook/secretCache.ts): under a
// burst it reads the credential once, a forged delivery is still refused after a fresh read, and a
// rotated secret is taken at once.
describe('Broniboy Trigger credential reads', () => {
	const secret = 'reads-secret-0123456789abcdef';
	let reads: jest.SpyInstance;
	beforeEach(() => {
		forgetWebhookSecrets();
		reads = jest.spyOn(HarnessCredentialsHelper.prototype, 'getDecrypted');
	});
	afterEach(() => reads.mockRestore());

	const deliver = async (delivery: { rawBody: string; headers: Record<string, string> }, credentialSecret = secret) =>
		await callWebhook({
			type: 'broniboyTrigger',
			parameters: { events: ['*'], options: {} },
			credentials: { broniboyWebhookApi: { secret: credentialSecret } },
			request: { method: 'POST', headers: delivery.headers, rawBody: delivery.rawBody, body: JSON.parse(delivery.rawBody) },
		});

	it('20 signed deliveries at once: 20 executions, one credential read', async () => {
		const outcomes = await Promise.all(
			Array.from({ length: 20 }, async (_, index) =>
				await deliver(buildWebhookDelivery({ event: 'order.changed', data: { id: `order-${index}`, state: 'ready' }, secret, deliveryId: `reads-${index}` })),
			),
		);
		expect(outcomes.filter((outcome) => outcome.workflowData).length).toBe(20);
		expect(reads).toHaveBeenCalledTimes(1);
	});

	it('a forged delivery is refused after reading the credential again', async () => {
		await deliver(buildWebhookDelivery({ event: 'order.changed', data: { id: 'a' }, secret, deliveryId: 'reads-a' }));
		const forged = await deliver(buildWebhookDelivery({ event: 'order.changed', data: { id: 'b' }, secret: 'not-the-secret-0123456789', deliveryId: 'reads-b' }));
		expect(forged.response.status).toBe(401);
		expect(forged.workflowData).toBeUndefined();
		expect(reads).toHaveBeenCalledTimes(2);
	});

	it('a rotated secret works at once', async () => {
		await deliver(buildWebhookDelivery({ event: 'order.changed', data: { id: 'c' }, secret, deliveryId: 'reads-c' }));
		const rotated = 'rotated-secret-0123456789abc';
		const outcome = await deliver(buildWebhookDelivery({ event: 'order.changed', data: { id: 'd' }, secret: rotated, deliveryId: 'reads-d' }), rotated);
		expect(outcome.workflowData).toBeDefined();
	});
});
