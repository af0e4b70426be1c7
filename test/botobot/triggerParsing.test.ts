import { encodeOrder } from '../../sandboxes/botobot/callbacks';
import { sampleBotobotOrder, TYPED_SAMPLE_ORDER } from '../../sandboxes/botobot/samples';
import { MAX_ORDERS } from '../../nodes/Botobot/helpers/callbackPayload';
import { deliver, FORM, PATH, SECRET } from './callbackRequests';

const order = sampleBotobotOrder();

describe('Botobot Trigger: parsing edges', () => {
	it('accepts the path secret followed by "&…", reading the rest as the query (GET and POST)', async () => {
		const query = encodeOrder(order);
		const get = await deliver({ method: 'GET', url: `${PATH}/${SECRET}&${query}`, params: { secret: `${SECRET}&${query}` } });
		expect(get.response.status).toBe(200);
		expect(get.workflowData?.[0][0].json).toEqual(TYPED_SAMPLE_ORDER);
		const post = await deliver({
			method: 'POST',
			url: `${PATH}/${SECRET}&shop=main`,
			params: { secret: `${SECRET}&shop=main` },
			headers: { 'Content-Type': FORM },
			rawBody: query,
		});
		expect(post.workflowData?.[0][0].json).toEqual({ ...TYPED_SAMPLE_ORDER, shop: 'main' });
		// The part before "&" must still be the secret.
		const wrong = await deliver({ method: 'GET', url: `${PATH}/${SECRET}x&${query}`, params: { secret: `${SECRET}x&${query}` } });
		expect(wrong.response.status).toBe(401);
	});

	it('never puts the secret into an output item, wherever the sender put it', async () => {
		const body = `${encodeOrder({ ...order, id: 9101 })}&comment=${encodeURIComponent(`see ${SECRET}`)}&secret=${SECRET}`;
		const outcome = await deliver(
			{ method: 'POST', url: `${PATH}/${SECRET}`, params: { secret: SECRET }, headers: { 'Content-Type': FORM, Referer: `https://x/${SECRET}` }, rawBody: body },
			{ options: { includeRawRequest: true } },
		);
		expect(outcome.workflowData).toHaveLength(1);
		expect(JSON.stringify(outcome.workflowData)).not.toContain(SECRET);
	});

	it(`caps the orders of one JSON request at ${MAX_ORDERS} with a clear 400, starting nothing`, async () => {
		// Small orders, so the body stays under the size limit and the count is what refuses it.
		const many = Array.from({ length: 10_000 }, (_, index) => ({ id: 20_000 + index, cost_total: 10 }));
		const outcome = await deliver({ method: 'POST', url: `${PATH}/${SECRET}`, params: { secret: SECRET }, headers: { 'Content-Type': 'application/json' }, rawBody: JSON.stringify(many) });
		expect(outcome.response).toMatchObject({ status: 400, body: { status: 'fail', message: `The request carries 10000 orders; at most ${MAX_ORDERS} are read per request` } });
		expect(outcome.workflowData).toBeUndefined();
		const allowed = Array.from({ length: MAX_ORDERS }, (_, index) => ({ ...order, id: 40_000 + index }));
		const taken = await deliver({ method: 'POST', url: `${PATH}/${SECRET}`, params: { secret: SECRET }, headers: { 'Content-Type': 'application/json' }, rawBody: JSON.stringify(allowed) });
		expect(taken.workflowData?.[0]).toHaveLength(MAX_ORDERS);
	});

	it('refuses an order id of 14 000 digits (a huge query) with 400, starting nothing', async () => {
		const outcome = await deliver({ method: 'GET', url: `${PATH}/${SECRET}?id=${'9'.repeat(14_000)}`, params: { secret: SECRET } });
		expect(outcome.response).toMatchObject({ status: 400, body: { message: expect.stringContaining('longer than 64 characters') } });
		expect(outcome.workflowData).toBeUndefined();
	});

	it('refuses a deep body n8n already parsed (no raw text) with 400, not 500', async () => {
		let deep: Record<string, unknown> = { id: 1 };
		for (let level = 0; level < 20_000; level++) deep = { a: deep };
		const outcome = await deliver({ method: 'POST', url: `${PATH}/${SECRET}`, params: { secret: SECRET }, headers: { 'Content-Type': 'application/json' }, body: deep, rawBody: '' });
		expect(outcome.response.status).toBe(400);
		expect(outcome.workflowData).toBeUndefined();
	});
});
