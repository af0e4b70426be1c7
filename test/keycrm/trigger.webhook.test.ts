import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { KEYCRM_WEBHOOK_SECRET } from '../../sandboxes/keycrm/automation';
import { callWebhook, nodeType, type WebhookRequest } from '../../harness/engine/engine';
import { useKeyCrmSandbox } from '../support/sandboxes';
import { keyCrmCredentials } from '../../sandboxes/credentials';

const SECRET = KEYCRM_WEBHOOK_SECRET;
const webhookCredential = { keyCrmWebhookApi: { secret: SECRET } };

describe('KeyCRM Trigger (webhook)', () => {
	const keycrm = useKeyCrmSandbox();

	function deliver(request: Partial<WebhookRequest>, parameters: INodeParameters = {}, staticData?: IDataObject, withApi = false) {
		return callWebhook({
			type: 'keyCrmTrigger',
			parameters: { events: ['*'], ...parameters },
			credentials: { ...webhookCredential, ...(withApi ? keyCrmCredentials(keycrm.sandbox) : {}) },
			request: { method: 'POST', params: { secret: SECRET }, ...request },
			staticData,
		});
	}

	const statusEvent = (id: number, statusId: number, at = '2026-11-20 10:00:00') => ({
		event: 'order.change_order_status',
		context: { id, status_id: statusId, status_changed_at: at, updated_at: at, source_uuid: `site-${id}`, extra: { kept: true } },
	});

	it('a POST with the secret in the path starts one execution carrying the event and the whole context', async () => {
		const body = statusEvent(11, 2);
		const outcome = await deliver({ body });
		expect(outcome.response.body).toEqual({ received: true });
		expect(outcome.workflowData).toEqual([[{ json: { event: body.event, ...body.context, context: body.context } }]]);
		expect(keycrm.sandbox.journal).toEqual([]);
	});

	it('a GET carries the context in the query: nested, as bracket keys, or as JSON text', async () => {
		const nested = await deliver({ method: 'GET', query: { event: 'order.change_order_status', context: { id: '12', status_id: '3' } } });
		expect(nested.workflowData?.[0][0].json).toMatchObject({ event: 'order.change_order_status', id: '12', status_id: '3' });
		const flat = await deliver({ method: 'GET', query: { event: 'order.change_order_status', 'context[id]': '13', 'context[status_id]': '3' } });
		expect(flat.workflowData?.[0][0].json).toMatchObject({ id: '13', status_id: '3' });
		const text = await deliver({ method: 'GET', query: { event: 'lead.change_lead_status', context: '{"id":7,"status_id":4}' } });
		expect(text.workflowData?.[0][0].json).toMatchObject({ event: 'lead.change_lead_status', id: 7, status_id: 4 });
	});

	it('accepts the secret as a query parameter, however the query was joined', async () => {
		const urls = [`/webhook/abc/keycrm?secret=${SECRET}`, `/webhook/abc/keycrm?shop=1&secret=${SECRET}`, `/webhook/abc/keycrm?shop=1?secret=${SECRET}`];
		for (const [index, url] of urls.entries()) {
			const outcome = await deliver({ params: {}, url, body: statusEvent(20 + index, 2) });
			expect(outcome.workflowData).toHaveLength(1);
		}
	});

	it.each([
		['a wrong secret in the path', { params: { secret: `${SECRET}-not-it` } }],
		['no secret at all', { params: {} }],
		['the secret in another query parameter', { params: {}, url: `/webhook/abc/keycrm?token=${SECRET}` }],
		['a secret that only starts like the right one', { params: { secret: SECRET.slice(0, -1) } }],
	])('%s → 401 and no execution', async (_name, request) => {
		const outcome = await deliver({ ...request, body: statusEvent(30, 2) });
		expect(outcome.response.status).toBe(401);
		expect(outcome.noWebhookResponse).toBe(true);
		expect(outcome.workflowData).toBeUndefined();
		expect(JSON.stringify(outcome.response.body)).not.toContain(SECRET);
	});

	it('a body that is not a KeyCRM webhook → 400, no execution', async () => {
		const outcome = await deliver({ body: { hello: 'world' } });
		expect(outcome.response.status).toBe(400);
		expect(outcome.workflowData).toBeUndefined();
	});

	it('events and statuses that are not selected are answered 200 and start nothing', async () => {
		const otherEvent = await deliver({ body: statusEvent(40, 2) }, { events: ['order.change_payment_status'] });
		expect(otherEvent.response).toMatchObject({ status: 200, body: { received: true, ignored: 'event "order.change_order_status" is not selected' } });
		expect(otherEvent.workflowData).toBeUndefined();
		const otherStatus = await deliver({ body: statusEvent(41, 2) }, { options: { orderStatusIds: [3, 4] } });
		expect(otherStatus.response.status).toBe(200);
		expect(otherStatus.workflowData).toBeUndefined();
		const chosen = await deliver({ body: statusEvent(42, 3) }, { events: ['order.change_order_status'], options: { orderStatusIds: [3, 4] } });
		expect(chosen.workflowData?.[0][0].json.id).toBe(42);
		const card = await deliver({ body: { event: 'lead.change_lead_status', context: { id: 1, status_id: 2 } } }, { options: { cardStatusIds: [5] } });
		expect(card.workflowData).toBeUndefined();
	});

	it('a repeat of the same event, record, status and time starts no second execution; a new status does', async () => {
		let staticData: IDataObject = {};
		const first = await deliver({ body: statusEvent(50, 2) }, {}, staticData);
		staticData = first.staticData;
		const again = await deliver({ body: statusEvent(50, 2) }, {}, staticData);
		expect(first.workflowData).toHaveLength(1);
		expect(again.workflowData).toBeUndefined();
		expect(again.response).toMatchObject({ status: 200, body: { received: true, duplicate: true } });
		const moved = await deliver({ body: statusEvent(50, 3, '2026-11-20 10:05:00') }, {}, again.staticData);
		expect(moved.workflowData).toHaveLength(1);
	});

	it('copies arriving at the same instant start exactly one execution', async () => {
		const copies = await Promise.all(Array.from({ length: 6 }, () => deliver({ body: statusEvent(60, 2) }, {}, {})));
		expect(copies.filter((outcome) => outcome.workflowData !== undefined)).toHaveLength(1);
		expect(copies.filter((outcome) => outcome.response.body && (outcome.response.body as IDataObject).duplicate)).toHaveLength(5);
	});

	it('Fetch Full Record reads the order with the chosen relations before the workflow starts', async () => {
		const order = keycrm.store.addOrder({ source_id: 1, buyer: { full_name: 'Olena Kovalenko', phone: '+380671234567' }, shipping: { shipping_address_city: 'Kyiv' }, payment_status: 'paid', products: [] });
		const body = { event: 'order.change_payment_status', context: { id: order.id, payment_status: 'paid', updated_at: '2026-11-20 11:00:00' } };
		const outcome = await deliver({ body }, { fetchRecord: true, orderInclude: ['buyer', 'shipping.deliveryService'] }, {}, true);
		expect(keycrm.sandbox.journal.map(({ method, path, query }) => ({ method, path, query }))).toEqual([
			{ method: 'GET', path: `/order/${String(order.id)}`, query: { include: 'buyer,shipping.deliveryService' } },
		]);
		const json = outcome.workflowData?.[0][0].json as IDataObject;
		expect(json).toMatchObject({ id: order.id, event: body.event, buyer: { phone: '+380671234567' }, shipping: { shipping_address_city: 'Kyiv' }, context: body.context });
	});

	it('a card event reads the card; a filter the context cannot answer is judged on the record', async () => {
		const body = { event: 'lead.change_lead_status', context: { id: 2 } };
		const outcome = await deliver({ body }, { fetchRecord: true, cardInclude: ['status'], options: { cardStatusIds: [4] } }, {}, true);
		expect(keycrm.sandbox.journal.map(({ path, query }) => ({ path, query }))).toEqual([{ path: '/pipelines/cards/2', query: { include: 'status' } }]);
		expect(outcome.workflowData?.[0][0].json).toMatchObject({ id: 2, title: 'Zip repair', status_id: 4, context: { id: 2 } });
		keycrm.sandbox.journal.length = 0;
		const otherStatus = await deliver({ body: { event: 'lead.change_lead_status', context: { id: 1 } } }, { options: { cardStatusIds: [4] } }, {}, true);
		expect(keycrm.sandbox.journal.map(({ path }) => path)).toEqual(['/pipelines/cards/1']);
		expect(otherStatus.workflowData).toBeUndefined();
	});

	it('when KeyCRM cannot be read, the answer is 503 (KeyCRM sends again) and the retry is not taken for a repeat', async () => {
		const order = keycrm.store.addOrder({ source_id: 1, buyer: { full_name: 'Retry Buyer' } });
		// Past the read's own two retries (a read is sent again after a 500).
		keycrm.sandbox.injectFault({ fault: { kind: 'status', status: 500, body: { message: 'Server Error' } }, path: '/order/', times: 3 });
		const body = { event: 'order.change_order_status', context: { id: order.id, status_id: 1, updated_at: '2026-11-20 12:00:00' } };
		const parameters = { fetchRecord: true, orderInclude: ['buyer'] };
		const failed = await deliver({ body }, parameters, {}, true);
		expect(failed.response.status).toBe(503);
		expect(failed.workflowData).toBeUndefined();
		const retried = await deliver({ body }, parameters, failed.staticData, true);
		expect(retried.workflowData?.[0][0].json).toMatchObject({ id: order.id, buyer: { full_name: 'Retry Buyer' } });
	});

	it('declares GET and POST on one path with its webhook id and the secret segment, no inputs, and a credential test', async () => {
		const trigger = await nodeType('keyCrmTrigger');
		expect(trigger.description.inputs).toEqual([]);
		// The webhook id makes the path unique per trigger node: n8n keys dynamic webhooks by path and method.
		const path = '={{"keycrm/" + $webhookId + "/:secret"}}';
		expect(trigger.description.webhooks?.map(({ httpMethod, path, isFullPath }) => [httpMethod, path, isFullPath])).toEqual([
			['GET', path, true],
			['POST', path, true],
		]);
		expect(Object.keys(trigger.webhookMethods?.default ?? {}).sort()).toEqual(['checkExists', 'create', 'delete']);
		const test = trigger.methods?.credentialTest?.keyCrmWebhookSecretTest;
		const check = async (secret: string) => await test!.call({} as never, { id: '1', name: 'n', type: 'keyCrmWebhookApi', data: { secret } });
		expect(await check(SECRET)).toMatchObject({ status: 'OK' });
		expect(await check('short')).toMatchObject({ status: 'Error', message: expect.stringContaining('16') });
		expect(await check('has spaces in it, which a URL mangles')).toMatchObject({ status: 'Error' });
	});
});
