import { KEYCRM_WEBHOOK_SECRET as SECRET } from '../../sandboxes/keycrm/automation';
import { callWebhook, type WebhookRequest } from '../../harness/engine/engine';

const deliver = (request: Partial<WebhookRequest>) =>
	callWebhook({
		type: 'keyCrmTrigger',
		parameters: { events: ['*'] },
		credentials: { keyCrmWebhookApi: { secret: SECRET } },
		request: { method: 'GET', params: {}, ...request },
	});

const context = 'context%5Bid%5D=5&context%5Bstatus_id%5D=3';

describe('KeyCRM Trigger: parsing edges', () => {
	it('reads "?secret=S?event=…" like "&": the event is kept', async () => {
		const outcome = await deliver({ url: `/webhook/abc/keycrm?secret=${SECRET}?event=order.change_order_status&${context}` });
		expect(outcome.response.status).toBe(200);
		expect(outcome.workflowData?.[0][0].json).toMatchObject({ event: 'order.change_order_status', id: '5', status_id: '3' });
	});

	it('"…&id=5?secret=S" never puts the secret into the item', async () => {
		const outcome = await deliver({ url: `/webhook/abc/keycrm?event=order.change_order_status&id=5?secret=${SECRET}` });
		expect(outcome.response.status).toBe(200);
		const item = outcome.workflowData?.[0][0].json;
		expect(item).toMatchObject({ event: 'order.change_order_status', id: '5' });
		expect(JSON.stringify(outcome.workflowData)).not.toContain(SECRET);
	});

	it('the secret in the path followed by "&…" is accepted, the rest read as the query', async () => {
		const outcome = await deliver({ url: `/webhook/abc/keycrm/${SECRET}&event=order.change_order_status&${context}`, params: { secret: `${SECRET}&event=order.change_order_status&${context}` } });
		expect(outcome.workflowData?.[0][0].json).toMatchObject({ event: 'order.change_order_status', id: '5' });
	});

	it('hides the secret from the item wherever the sender put it', async () => {
		const body = { event: 'order.change_order_status', context: { id: 6, status_id: 2, note: `secret ${SECRET}`, secret: SECRET } };
		const outcome = await deliver({ method: 'POST', url: `/webhook/abc/keycrm/${SECRET}`, params: { secret: SECRET }, body });
		expect(outcome.workflowData).toHaveLength(1);
		expect(JSON.stringify(outcome.workflowData)).not.toContain(SECRET);
	});

	it('refuses a deep body with 400, starting nothing', async () => {
		let deep: Record<string, unknown> = { id: 1 };
		for (let level = 0; level < 20_000; level++) deep = { a: deep };
		const outcome = await deliver({ method: 'POST', url: `/webhook/abc/keycrm/${SECRET}`, params: { secret: SECRET }, body: { event: 'order.change_order_status', context: deep }, rawBody: '' });
		expect(outcome.response).toMatchObject({ status: 400, body: { error: expect.stringContaining('nested') } });
		expect(outcome.workflowData).toBeUndefined();
	});

	it('refuses a query of 10 000 fields with 400', async () => {
		const query = Array.from({ length: 10_000 }, (_, index) => `f${index}=1`).join('&');
		const outcome = await deliver({ url: `/webhook/abc/keycrm/${SECRET}?event=order.change_order_status&${query}`, params: { secret: SECRET } });
		expect(outcome.response.status).toBe(400);
		expect(outcome.workflowData).toBeUndefined();
	});
});
