import type { IDataObject } from 'n8n-workflow';

import { callWebhook, type WebhookRequest } from '../support/engine';
import { encodeOrder, sampleBotobotOrder } from '../sandboxes/botobot/callbacks';
import { TYPED_SAMPLE_ORDER } from './sampleOrder';

const SECRET = 'c4llback-secret-for-tests-9f2e';
const parameters = { protection: 'urlSecret', secret: SECRET, ignoreRepeats: true, options: {} };

const FORM = 'application/x-www-form-urlencoded';
const order = sampleBotobotOrder();
const form = encodeOrder(order);
/** What a "simple" query/body parser (Express 5, node:querystring) makes of a form: flat bracket keys. */
const flat = (text: string) => Object.fromEntries(new URLSearchParams(text));


const byGet = (secret = SECRET): WebhookRequest => ({ method: 'GET', query: flat(`secret=${secret}&${form}`) });
const byForm = (secret = SECRET, body: unknown = flat(form)): WebhookRequest => ({
	method: 'POST',
	headers: { 'Content-Type': FORM },
	query: { secret },
	body,
	rawBody: form,
});
const byJson = (payload: unknown = order): WebhookRequest => ({
	method: 'POST',
	headers: { 'Content-Type': 'application/json' },
	query: { secret: SECRET },
	body: payload,
});

const deliver = (request: WebhookRequest, extra: IDataObject = {}, staticData?: IDataObject) =>
	callWebhook({ type: 'botobotTrigger', parameters: { ...parameters, ...extra }, request, staticData });

describe('Botobot Trigger', () => {
	it('yields the same typed order by GET, form POST and JSON POST, answering 200 at once', async () => {
		const outcomes = [await deliver(byGet()), await deliver(byForm()), await deliver(byJson())];
		for (const outcome of outcomes) {
			// Answered by n8n at once ("onReceived") with the node's own body and the default 200.
			expect(outcome.webhookResponse).toEqual({ status: 'success', started: true, orders: 1 });
			expect(outcome.response.status).toBeUndefined();
			expect(outcome.workflowData?.[0]).toHaveLength(1);
			expect(outcome.workflowData?.[0][0].json).toEqual(TYPED_SAMPLE_ORDER);
		}
	});

	it('reads goods as an array of typed objects whatever n8n parsed (flat keys, nested, or nothing)', async () => {
		const nested = await deliver(byForm(SECRET, order));
		const unparsed = await deliver(byForm(SECRET, {}));
		const nestedGet = await deliver({ method: 'GET', query: { ...order, secret: SECRET } });
		for (const outcome of [nested, unparsed, nestedGet]) {
			const goods = outcome.workflowData?.[0][0].json.goods as IDataObject[];
			expect(Array.isArray(goods)).toBe(true);
			expect(goods).toHaveLength(3);
			expect(goods.map((good) => [typeof good.id, typeof good.count, typeof good.price, typeof good.title])).toEqual(
				Array(3).fill(['number', 'number', 'number', 'string']),
			);
			expect(outcome.workflowData?.[0][0].json).toEqual(TYPED_SAMPLE_ORDER);
		}
	});

	it.each([
		['a wrong secret', byForm('not-the-secret')],
		['no secret', { ...byForm(), query: {} }],
		['a wrong secret by GET', byGet('c4llback-secret-for-tests-9f2f')],
	])('answers 401 and starts nothing for %s', async (_name, request) => {
		const outcome = await deliver(request);
		expect(outcome.response).toMatchObject({ status: 401, body: { status: 'fail', message: 'Wrong or missing secret' } });
		expect(outcome.noWebhookResponse).toBe(true);
		expect(outcome.workflowData).toBeUndefined();
	});

	it('accepts requests without a secret when protection is off', async () => {
		const outcome = await deliver({ ...byForm(), query: {} }, { protection: 'none' });
		expect(outcome.webhookResponse).toMatchObject({ started: true });
		expect(outcome.workflowData?.[0][0].json.id).toBe(1001);
	});

	it('refuses addresses outside the allow-list with 403', async () => {
		const options = { allowedIps: '203.0.113.7, 198.51.100.0/24' };
		const outside = await deliver({ ...byForm(), ip: '192.0.2.1' }, { options });
		expect(outside.response.status).toBe(403);
		expect(outside.workflowData).toBeUndefined();
		const inside = await deliver({ ...byForm(), ip: '::ffff:198.51.100.20' }, { options });
		expect(inside.response.status).toBeUndefined();
		expect(inside.workflowData?.[0]).toHaveLength(1);
	});

	it('ignores an identical repeated delivery but not a status change', async () => {
		const staticData: IDataObject = {};
		const first = await deliver(byForm(), {}, staticData);
		const again = await deliver(byJson(), {}, staticData);
		const changed = await deliver(byJson({ ...order, status: 40 }), {}, staticData);
		expect(first.workflowData?.[0]).toHaveLength(1);
		expect(again.webhookResponse).toEqual({ status: 'success', started: false, ignored: 1 });
		expect(again.workflowData).toBeUndefined();
		expect(changed.workflowData?.[0][0].json).toMatchObject({ id: 1001, status: 40 });
		const repeatsOff = await deliver(byForm(), { ignoreRepeats: false }, staticData);
		expect(repeatsOff.workflowData?.[0]).toHaveLength(1);
	});

	it('filters by status; a callback without one is a new order (Created)', async () => {
		const newOnly = { onlyStatuses: [0] };
		const paid = await deliver(byJson({ ...order, status: '40' }), { options: newOnly });
		expect(paid.webhookResponse).toMatchObject({ started: false });
		expect(paid.workflowData).toBeUndefined();
		const created = await deliver(byJson({ ...order, status: '0' }), { options: newOnly });
		expect(created.workflowData?.[0][0].json.status).toBe(0);
		const noStatus = await deliver(byJson(), { options: newOnly });
		expect(noStatus.workflowData?.[0]).toHaveLength(1);

		const paidOnly = { onlyStatuses: [40, 90] };
		expect((await deliver(byJson(), { options: paidOnly })).workflowData).toBeUndefined();
		expect((await deliver(byForm(), { options: paidOnly }, {})).workflowData).toBeUndefined();
		expect((await deliver(byJson({ ...order, status: 90 }), { options: paidOnly })).workflowData?.[0]).toHaveLength(1);
		expect((await deliver(byJson({ ...order, status: 'shipped' }), { options: paidOnly })).workflowData?.[0]).toHaveLength(1);
	});

	it('starts one item per order for a JSON list', async () => {
		const outcome = await deliver(byJson([order, { ...order, id: '1002' }]));
		expect(outcome.workflowData?.[0].map((item) => item.json.id)).toEqual([1001, 1002]);
		expect(outcome.webhookResponse).toMatchObject({ orders: 2 });
	});

	it('adds the raw request on demand, with the secret hidden', async () => {
		const outcome = await deliver({ ...byForm(), ip: '198.51.100.20' }, { options: { includeRawRequest: true } });
		const raw = outcome.workflowData?.[0][0].json.rawRequest as IDataObject;
		expect(raw).toMatchObject({ method: 'POST', query: { secret: '***' }, body: form, ip: '198.51.100.20' });
		expect((raw.headers as IDataObject)['content-type']).toBe(FORM);
		expect(JSON.stringify(outcome.workflowData)).not.toContain(SECRET);
	});

	it('answers 400 for a body it cannot read, and for a request without order fields', async () => {
		const broken = await deliver({ ...byJson(), body: undefined, rawBody: '{"id": 1,' });
		expect(broken.response).toMatchObject({ status: 400, body: { status: 'fail', message: 'The body is not valid JSON' } });
		expect(broken.workflowData).toBeUndefined();
		const empty = await deliver({ method: 'GET', query: { secret: SECRET } });
		expect(empty.response.status).toBe(400);
		expect(empty.workflowData).toBeUndefined();
	});
});
