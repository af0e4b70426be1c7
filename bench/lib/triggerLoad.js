'use strict';
// Load against published trigger workflows in a real n8n: the two workflows, a signed Broniboy
// delivery, and autocannon runs with a unique Hook-Delivery id per request.
const crypto = require('node:crypto');
const net = require('node:net');

const autocannon = require('autocannon');

const BRONIBOY_WORKFLOW = 'benchBroniboyTr1';
const WEBHOOK_WORKFLOW = 'benchPlainHook01';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function workflows() {
	const trigger = {
		id: BRONIBOY_WORKFLOW,
		name: 'Bench: Broniboy Trigger',
		nodes: [
			{
				id: 'b1',
				name: 'Broniboy Trigger',
				type: 'n8n-nodes-order-sync.broniboyTrigger',
				typeVersion: 1,
				position: [0, 0],
				webhookId: 'bench-broniboy',
				parameters: { events: ['*'] },
				credentials: { broniboyWebhookApi: { id: 'osSandboxBrnHook', name: 'Broniboy Webhook (sandbox)' } },
			},
		],
		connections: {},
		settings: { executionOrder: 'v1' },
	};
	const plain = {
		id: WEBHOOK_WORKFLOW,
		name: 'Bench: plain Webhook',
		nodes: [
			{
				id: 'w1',
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: 'bench-plain',
				parameters: { httpMethod: 'POST', path: 'bench-plain', responseMode: 'onReceived', options: {} },
			},
		],
		connections: {},
		settings: { executionOrder: 'v1' },
	};
	return [trigger, plain];
}

/** A Broniboy order change as the documentation describes it; the signature covers the `data` text. */
function delivery(secret) {
	const data = JSON.stringify({
		id: 'eb3b595d-3653-41a3-a531-ebeba332154c',
		number: 1042,
		state: 'cooking',
		courier_state: 'courier-assigned',
		price: 1000,
		final_price: 1200,
		pickup: { place: 'Pizza Net, Lenina 1', time: '2026-11-22T12:00:00+03:00' },
		drop_off: [{ address: 'Moscow, Tverskaya 7', phone: '+79991234567' }],
	});
	const body = `{"event":"order.changed","data":${data}}`;
	const valid = crypto.createHmac('sha256', secret).update(data, 'utf8').digest('hex');
	const forged = crypto.createHmac('sha256', 'not-the-secret').update(data, 'utf8').digest('hex');
	return { body, valid, forged };
}

async function freePortPair() {
	for (let attempt = 0; attempt < 20; attempt++) {
		const port = await new Promise((resolve) => {
			const server = net.createServer().listen(0, '127.0.0.1', () => {
				const chosen = server.address().port;
				server.close(() => resolve(chosen));
			});
		});
		const nextFree = await new Promise((resolve) => {
			const server = net.createServer().once('error', () => resolve(false));
			server.listen(port + 1, '127.0.0.1', () => server.close(() => resolve(true)));
		});
		if (nextFree && port < 65500) return port;
	}
	throw new Error('No free port pair');
}

/** Sends `amount` POSTs, each with its own Hook-Delivery id (a repeated id is ignored by design). */
function load(url, { body, signature, amount, connections, maxSeconds }) {
	let counter = 0;
	const runId = crypto.randomBytes(4).toString('hex');
	return new Promise((resolve, reject) => {
		const instance = autocannon(
			{
				url,
				connections,
				amount,
				timeout: 10,
				requests: [
					{
						method: 'POST',
						body,
						headers: { 'content-type': 'application/json', 'hook-event': 'order.changed', 'hook-hmac': signature },
						setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'hook-delivery': `${runId}-${++counter}` } }),
					},
				],
			},
			(error, result) => (error ? reject(error) : resolve(result)),
		);
		const timer = setTimeout(() => instance.stop(), maxSeconds * 1000);
		instance.on('done', () => clearTimeout(timer));
	});
}

async function newestExecutionId(api) {
	const answer = await api.publicApi('GET', '/executions?limit=1');
	return answer.data[0]?.id;
}

async function waitForWebhook(url, body, signature) {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		const response = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'hook-hmac': signature, 'hook-delivery': crypto.randomUUID() },
			body,
		}).catch(() => undefined);
		if (response && response.status !== 404) return;
		await sleep(500);
	}
	throw new Error(`${url} was not registered within 60 s`);
}

module.exports = { workflows, delivery, freePortPair, load, newestExecutionId, waitForWebhook, sleep, BRONIBOY_WORKFLOW, WEBHOOK_WORKFLOW };
