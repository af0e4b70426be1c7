import type { IDataObject } from 'n8n-workflow';

import { callWebhook, nodeType } from '../../harness/engine/engine';
import { encodeMultipart, encodeOrder, type QueryJoin } from '../../sandboxes/botobot/callbacks';
import { sampleBotobotOrder, TYPED_SAMPLE_ORDER } from '../../sandboxes/botobot/samples';
import { callback, callbackUrl, credentials, deliver, FORM, PATH, SECRET, type SecretIn } from './callbackRequests';

const parameters = { protection: 'urlSecret', ignoreRepeats: true, options: {} };
const order = sampleBotobotOrder();
const form = encodeOrder(order);


describe('Botobot Trigger', () => {
	it('yields the same typed order by GET, form, JSON and multipart POST, answering 200 at once', async () => {
		const outcomes = [
			await deliver(callback('GET')),
			await deliver(callback('POST', 'form')),
			await deliver(callback('POST', 'json')),
			await deliver(callback('POST', 'multipart')),
		];
		for (const outcome of outcomes) {
			// Answered by the node itself at once, before the execution starts (so n8n saves its delivery memory first).
			expect(outcome.response.body).toEqual({ status: 'success', started: true, orders: 1 });
			expect(outcome.response.status).toBe(200);
			expect(outcome.workflowData?.[0]).toHaveLength(1);
			expect(outcome.workflowData?.[0][0].json).toEqual(TYPED_SAMPLE_ORDER);
		}
	});

	it.each([
		['path', '&'],
		['path', '?'],
		['query', '&'],
		['query', '?'],
	] as Array<[SecretIn, QueryJoin]>)('accepts the secret in the %s however Botobot joins its query (%s), by GET and POST', async (secretIn, join) => {
		for (const method of ['GET', 'POST'] as const) {
			const request = callback(method, 'form', { secretIn, join });
			// A CRM url with a query of its own: what Botobot appends is joined to it.
			if (secretIn === 'path') request.url = callbackUrl('path', SECRET, method === 'GET' ? form : '', join, '?shop=main');
			const outcome = await deliver(request);
			expect(outcome.response.status).toBe(200);
			const item = outcome.workflowData?.[0][0].json;
			expect(item).toEqual(secretIn === 'path' ? { ...TYPED_SAMPLE_ORDER, shop: 'main' } : TYPED_SAMPLE_ORDER);
			expect(item).not.toHaveProperty('secret');
		}
	});

	it('reads a multipart body the way n8n hands it over, too (flat fields under data, no raw text)', async () => {
		const { body, contentType } = encodeMultipart(order);
		const fields = Object.fromEntries([...body.matchAll(/name="([^"]+)"\r\n\r\n([^\r]*)\r\n/g)].map(([, name, value]) => [name, value]));
		const outcome = await deliver({ ...callback('POST', 'multipart'), headers: { 'Content-Type': contentType }, rawBody: '', body: { data: fields, files: {} } });
		expect(outcome.workflowData?.[0][0].json).toEqual(TYPED_SAMPLE_ORDER);
	});

	it('keeps undocumented JSON fields as sent and types only the documented ones', async () => {
		const payload = { ...order, id: '1001', gift: true, meta: { weight: 1.5, fragile: false }, goods: [{ id: '101', count: '2', price: 320, promo: { free: true } }] };
		const item = (await deliver(callback('POST', 'json', { payload }))).workflowData?.[0][0].json;
		expect(item).toMatchObject({ id: 1001, gift: true, meta: { weight: 1.5, fragile: false }, goods: [{ id: 101, count: 2, price: 320, promo: { free: true } }] });
	});

	it.each([
		['a wrong secret in the path', callback('POST', 'form', { secret: 'not-the-secret-at-all-1234' })],
		['a wrong secret in the query', callback('POST', 'form', { secretIn: 'query', secret: 'not-the-secret-at-all-1234' })],
		['no secret', callback('POST', 'form', { secretIn: 'none' })],
		['a wrong secret by GET, joined with ?', callback('GET', 'form', { secretIn: 'query', secret: 'c4llback-secret-for-tests-9f2f', join: '?' })],
	])('answers 401 and starts nothing for %s', async (_name, request) => {
		const outcome = await deliver(request);
		expect(outcome.response).toMatchObject({ status: 401, body: { status: 'fail', message: 'Wrong or missing secret' } });
		expect(outcome.noWebhookResponse).toBe(true);
		expect(outcome.workflowData).toBeUndefined();
	});

	it('accepts requests without a secret when protection is off, and needs no credential then', async () => {
		const outcome = await callWebhook({ type: 'botobotTrigger', parameters: { ...parameters, protection: 'none' }, request: callback('POST', 'form', { secretIn: 'none' }) });
		expect(outcome.response.body).toMatchObject({ started: true });
		expect(outcome.workflowData?.[0][0].json.id).toBe(1001);
	});

	it('answers 500 with a clear message when the credential is missing', async () => {
		const outcome = await callWebhook({ type: 'botobotTrigger', parameters, request: callback('POST') });
		expect(outcome.response).toMatchObject({ status: 500, body: { message: 'The trigger has no Botobot Webhook API credential' } });
		expect(outcome.workflowData).toBeUndefined();
	});

	it('refuses addresses outside the allow-list with 403', async () => {
		const options = { allowedIps: '203.0.113.7, 198.51.100.0/24' };
		const outside = await deliver({ ...callback('POST'), ip: '192.0.2.1' }, { options });
		expect(outside.response.status).toBe(403);
		expect(outside.workflowData).toBeUndefined();
		const inside = await deliver({ ...callback('POST'), ip: '::ffff:198.51.100.20' }, { options });
		expect(inside.response.status).toBe(200);
		expect(inside.workflowData?.[0]).toHaveLength(1);
	});

	it('ignores an identical repeated delivery but not a status change; test runs react every time', async () => {
		const staticData: IDataObject = {};
		const first = await deliver(callback('POST', 'form'), {}, staticData);
		const again = await deliver(callback('POST', 'json'), {}, staticData);
		const changed = await deliver(callback('POST', 'json', { payload: { ...order, status: 40 } }), {}, staticData);
		expect(first.workflowData?.[0]).toHaveLength(1);
		expect(again.response.body).toEqual({ status: 'success', started: false, ignored: 1 });
		expect(again.workflowData).toBeUndefined();
		expect(changed.workflowData?.[0][0].json).toMatchObject({ id: 1001, status: 40 });
		const repeatsOff = await deliver(callback('POST', 'form'), { ignoreRepeats: false }, staticData);
		expect(repeatsOff.workflowData?.[0]).toHaveLength(1);
		const manual = await callWebhook({ type: 'botobotTrigger', parameters, credentials, request: callback('POST'), staticData, mode: 'manual' });
		expect(manual.workflowData?.[0]).toHaveLength(1);
	});

	it('filters by status; a callback without one is a new order (Created)', async () => {
		const json = (payload: unknown) => callback('POST', 'json', { payload });
		const newOnly = { onlyStatuses: [0] };
		const paid = await deliver(json({ ...order, status: '40' }), { options: newOnly });
		expect(paid.response.body).toMatchObject({ started: false });
		expect(paid.workflowData).toBeUndefined();
		const created = await deliver(json({ ...order, status: '0' }), { options: newOnly });
		expect(created.workflowData?.[0][0].json.status).toBe(0);
		expect((await deliver(json(order), { options: newOnly })).workflowData?.[0]).toHaveLength(1);

		const paidOnly = { onlyStatuses: [40, 90] };
		expect((await deliver(json(order), { options: paidOnly })).workflowData).toBeUndefined();
		expect((await deliver(json({ ...order, status: 90 }), { options: paidOnly })).workflowData?.[0]).toHaveLength(1);
		expect((await deliver(json({ ...order, status: 'shipped' }), { options: paidOnly })).workflowData?.[0]).toHaveLength(1);
	});

	it('starts one item per order for a JSON list', async () => {
		const outcome = await deliver(callback('POST', 'json', { payload: [order, { ...order, id: '1002' }] }));
		expect(outcome.workflowData?.[0].map((item) => item.json.id)).toEqual([1001, 1002]);
		expect(outcome.response.body).toMatchObject({ orders: 2 });
	});

	it('adds the raw request on demand, with the secret hidden', async () => {
		const outcome = await deliver({ ...callback('POST', 'form', { secretIn: 'query', join: '?' }), ip: '198.51.100.20' }, { options: { includeRawRequest: true } });
		const raw = outcome.workflowData?.[0][0].json.rawRequest as IDataObject;
		expect(raw).toMatchObject({ method: 'POST', query: { secret: '***' }, body: form, ip: '198.51.100.20' });
		expect((raw.headers as IDataObject)['content-type']).toBe(FORM);
		expect(JSON.stringify(outcome.workflowData)).not.toContain(SECRET);
	});

	it('answers 400 for a body it cannot read, and for a request without an order', async () => {
		const broken = await deliver({ ...callback('POST', 'json'), body: undefined, rawBody: '{"id": 1,' });
		expect(broken.response).toMatchObject({ status: 400, body: { status: 'fail', message: 'The body is not valid JSON' } });
		expect(broken.workflowData).toBeUndefined();
		const empty = await deliver({ method: 'GET', url: `${PATH}/${SECRET}`, params: { secret: SECRET } });
		expect(empty.response.status).toBe(400);
		expect(empty.workflowData).toBeUndefined();
	});

	it('declares GET and POST on the path with the secret (shown) and on the plain path (hidden), and a credential test', async () => {
		const trigger = await nodeType('botobotTrigger');
		expect(trigger.description.webhooks?.map(({ httpMethod, path, isFullPath, ndvHideUrl }) => ({ httpMethod, path, isFullPath, ndvHideUrl }))).toEqual([
			{ httpMethod: 'GET', path: '={{"botobot/" + $webhookId + "/:secret"}}', isFullPath: true, ndvHideUrl: undefined },
			{ httpMethod: 'POST', path: '={{"botobot/" + $webhookId + "/:secret"}}', isFullPath: true, ndvHideUrl: undefined },
			{ httpMethod: 'GET', path: 'botobot', isFullPath: undefined, ndvHideUrl: true },
			{ httpMethod: 'POST', path: 'botobot', isFullPath: undefined, ndvHideUrl: true },
		]);
		expect(trigger.description.properties.map((property) => property.name)).not.toContain('secret');
		const test = trigger.methods?.credentialTest?.botobotWebhookSecretTest;
		const check = async (secret: string) => await test!.call({} as never, { id: '1', name: 'n', type: 'botobotWebhookApi', data: { secret } });
		expect(await check(SECRET)).toMatchObject({ status: 'OK' });
		expect(await check('short')).toMatchObject({ status: 'Error', message: expect.stringContaining('5 characters') });
		expect(await check('a secret with spaces and #')).toMatchObject({ status: 'Error', message: expect.stringContaining('only letters') });
	});
});
