import { createHmac } from 'node:crypto';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { buildWebhookDelivery, pythonJson, SIGNED_FORMATS } from '../../sandboxes/broniboy/webhooks';
import { callWebhook, nodeType } from '../../harness/engine/engine';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';

const order = { id: 'eb3b595d-3653-41a3-a531-ebeba332154c', state: 'ready', courier_state: 'courier-assigned', number: 123, address: 'Москва, Ленина 1' };
const credentials = { broniboyWebhookApi: { secret: SANDBOX_TOKENS.broniboyWebhookSecret } };

async function deliver(
	request: { rawBody: string; headers: Record<string, string> },
	options: { parameters?: INodeParameters; staticData?: IDataObject; secret?: string } = {},
) {
	let body: unknown;
	try {
		body = JSON.parse(request.rawBody);
	} catch {
		body = {};
	}
	return await callWebhook({
		type: 'broniboyTrigger',
		parameters: { events: ['*'], options: {}, ...options.parameters },
		credentials: options.secret === undefined ? credentials : { broniboyWebhookApi: { secret: options.secret } },
		request: { method: 'POST', headers: request.headers, rawBody: request.rawBody, body },
		staticData: options.staticData,
	});
}

describe('Broniboy Trigger', () => {
	it('starts one execution for a validly signed delivery, with event, delivery id and data', async () => {
		const request = buildWebhookDelivery({ event: 'order.changed', data: order, deliveryId: 'delivery-1' });
		const outcome = await deliver(request);
		// Answered by the node before the execution starts, so n8n saves the delivery memory first.
		expect(outcome.noWebhookResponse).toBe(true);
		expect(outcome.response.status).toBe(200);
		expect(outcome.workflowData).toHaveLength(1);
		expect(outcome.workflowData![0]).toHaveLength(1);
		expect(outcome.workflowData![0][0].json).toEqual({ event: 'order.changed', deliveryId: 'delivery-1', signatureFormat: 'raw', data: order });
		expect(outcome.response.body).toEqual({ received: true });
	});

	it.each(['hex', 'HEX', 'base64'] as const)('verifies a %s signature', async (encoding) => {
		const outcome = await deliver(buildWebhookDelivery({ event: 'order.changed', data: order, encoding }));
		expect(outcome.workflowData?.[0][0].json.data).toEqual(order);
	});

	it('accepts a signature over the data text re-spaced in transit, naming the serialization it matched', async () => {
		const request = buildWebhookDelivery({ event: 'order.changed', data: order });
		expect(request.rawBody).toContain(pythonJson(order));
		const respaced = { ...request, rawBody: request.rawBody.replace('"state": "ready"', '"state":"ready"') };
		expect((await deliver(respaced)).workflowData?.[0][0].json.signatureFormat).toBe('python');
	});

	it.each(Object.keys(SIGNED_FORMATS))('accepts a compact body signed over %s of data', async (signedAs) => {
		const outcome = await deliver(buildWebhookDelivery({ event: 'order.changed', data: order, bodyFormat: 'compact', signedAs }));
		expect(outcome.response.status).toBe(200);
		const item = outcome.workflowData?.[0][0].json;
		expect(item?.data).toEqual(order);
		// The compact body is its own data text: that one is reported as raw, the first on the list.
		expect(item?.signatureFormat).toBe(signedAs === 'compact' ? 'raw' : signedAs);
	});

	it('refuses a signature over a serialization not on the list, or over the whole body', async () => {
		const request = buildWebhookDelivery({ event: 'order.changed', data: order });
		const indented = createHmac('sha256', SANDBOX_TOKENS.broniboyWebhookSecret).update(JSON.stringify(order, null, 2)).digest('hex');
		const whole = createHmac('sha256', SANDBOX_TOKENS.broniboyWebhookSecret).update(request.rawBody).digest('hex');
		for (const signature of [indented, whole]) {
			const outcome = await deliver({ ...request, headers: { ...request.headers, 'Hook-HMAC': signature } });
			expect(outcome.response.status).toBe(401);
			expect(outcome.workflowData).toBeUndefined();
		}
	});

	it('takes the event from the Hook-Event header before the (equally unsigned) body', async () => {
		const request = buildWebhookDelivery({ event: 'order.changed', data: order });
		const outcome = await deliver({ ...request, headers: { ...request.headers, 'Hook-Event': 'courier.changed' } }, { parameters: { events: ['courier.changed'] } });
		expect(outcome.workflowData?.[0][0].json.event).toBe('courier.changed');
		const { 'Hook-Event': _dropped, ...withoutHeader } = request.headers;
		expect((await deliver({ ...request, headers: withoutHeader })).workflowData?.[0][0].json.event).toBe('order.changed');
	});

	it.each([
		['a tampered body', (r: { rawBody: string; headers: Record<string, string> }) => ({ ...r, rawBody: r.rawBody.replace('ready', 'canceled') }), 401],
		['a missing signature', () => buildWebhookDelivery({ event: 'order.changed', data: order, signature: 'missing' }), 401],
		['a wrong signature', () => buildWebhookDelivery({ event: 'order.changed', data: order, signature: 'wrong' }), 401],
		['a body without data', (r: { rawBody: string; headers: Record<string, string> }) => ({ ...r, rawBody: '{"event": "order.changed"}' }), 401],
		['a body that is not JSON', (r: { rawBody: string; headers: Record<string, string> }) => ({ ...r, rawBody: 'event=order.changed&data=1' }), 400],
	])('refuses %s and starts no execution', async (_name, change, status) => {
		const outcome = await deliver(change(buildWebhookDelivery({ event: 'order.changed', data: order })));
		expect(outcome.workflowData).toBeUndefined();
		expect(outcome.noWebhookResponse).toBe(true);
		expect(outcome.response.status).toBe(status);
		expect(outcome.response.body).toMatchObject({ error: expect.any(String) });
	});

	it('refuses a delivery checked with another secret', async () => {
		const outcome = await deliver(buildWebhookDelivery({ event: 'order.changed', data: order }), { secret: 'another-secret-of-some-length' });
		expect(outcome.response.status).toBe(401);
		expect(outcome.workflowData).toBeUndefined();
	});

	it('starts one execution for a delivery id seen twice, and answers the repeat with 200', async () => {
		const staticData: IDataObject = {};
		const request = buildWebhookDelivery({ event: 'order.changed', data: order, deliveryId: 'repeated-1' });
		const first = await deliver(request, { staticData });
		const second = await deliver(request, { staticData });
		expect(first.workflowData).toHaveLength(1);
		expect(second.workflowData).toBeUndefined();
		expect(second.response).toMatchObject({ status: 200, body: { duplicate: true } });
		const other = await deliver(buildWebhookDelivery({ event: 'order.changed', data: { ...order, state: 'on_way' }, deliveryId: 'repeated-2' }), { staticData });
		expect(other.workflowData).toHaveLength(1);
	});

	it('ignores events that are not selected, with a 200 so Broniboy stops retrying', async () => {
		const parameters = { events: ['courier.changed'] };
		const ignored = await deliver(buildWebhookDelivery({ event: 'order.changed', data: order }), { parameters });
		expect(ignored.workflowData).toBeUndefined();
		expect(ignored.response.status).toBe(200);
		const taken = await deliver(buildWebhookDelivery({ event: 'courier.changed', data: order }), { parameters });
		expect(taken.workflowData?.[0][0].json.event).toBe('courier.changed');
	});

	it('starts only for the chosen order and courier states', async () => {
		const parameters = { options: { orderStates: ['ready', 'on_way'], courierStates: ['courier-assigned'] } };
		const taken = await deliver(buildWebhookDelivery({ event: 'order.changed', data: order }), { parameters });
		expect(taken.workflowData).toHaveLength(1);
		const cooking = await deliver(buildWebhookDelivery({ event: 'order.changed', data: { ...order, state: 'cooking' } }), { parameters });
		expect(cooking.workflowData).toBeUndefined();
		expect(cooking.response).toMatchObject({ status: 200, body: { ignored: 'state "cooking" is not selected' } });
		const arrived = await deliver(buildWebhookDelivery({ event: 'courier.changed', data: { ...order, courier_state: 'courier-arrived' } }), { parameters });
		expect(arrived.workflowData).toBeUndefined();
		expect(arrived.response.status).toBe(200);
	});

	it('adds the request headers when asked', async () => {
		const request = buildWebhookDelivery({ event: 'order.changed', data: order, deliveryId: 'with-headers' });
		const outcome = await deliver(request, { parameters: { options: { includeHeaders: true } } });
		expect(outcome.workflowData?.[0][0].json.headers).toMatchObject({ 'hook-delivery': 'with-headers', 'hook-event': 'order.changed' });
	});

	it('declares a POST webhook, no inputs, and a credential test for the secret', async () => {
		const trigger = await nodeType('broniboyTrigger');
		expect(trigger.description.inputs).toEqual([]);
		expect(trigger.description.webhooks).toEqual([expect.objectContaining({ httpMethod: 'POST', responseMode: 'onReceived' })]);
		const events = trigger.description.properties.find((property) => property.name === 'events');
		expect(events?.default).toEqual(['*']);
		const test = trigger.methods?.credentialTest?.broniboyWebhookSecretTest;
		const check = async (secret: string) => await test!.call({} as never, { id: '1', name: 'n', type: 'broniboyWebhookApi', data: { secret } });
		expect(await check(SANDBOX_TOKENS.broniboyWebhookSecret)).toMatchObject({ status: 'OK' });
		expect(await check('')).toMatchObject({ status: 'Error' });
		expect(await check('short')).toMatchObject({ status: 'Error', message: expect.stringContaining('5 characters') });
		expect(await check(` ${SANDBOX_TOKENS.broniboyWebhookSecret}`)).toMatchObject({ status: 'Error' });
	});
});
