'use strict';
// Real webhook deliveries from the sandboxes to the published example workflows 1 and 3.
const { sampleBotobotOrderOf, sampleBroniboyOrder } = require('../../../sandboxes/samples');
const { control, journal, resetAll } = require('../services');
const { expect, expectEqual } = require('../../../harness/runner/expect');
const { executionOutput, executionsOf, newExecutions, noNewExecution, productionUrl, testWebhookUrl, waitForWebhook } = require('../../../harness/n8n/webhooks');

const BOTOBOT_WORKFLOW = 'osExBotobotToCrm';
const BRONIBOY_WORKFLOW = 'osExCourierToBot';

function workflowOf(context, id) {
	return context.workflows.find((workflow) => workflow.id === id);
}

/**
 * The trigger's two URL forms: the secret as the last path segment (`…/botobot/<webhook id>/<secret>`,
 * the one the node shows), and the plain `…/botobot` that takes `?secret=`.
 */
function botobotUrls(context, secret = context.services.botobot.callbackSecret) {
	const workflow = workflowOf(context, BOTOBOT_WORKFLOW);
	const shown = productionUrl(context, workflow, 'New Botobot order');
	expect(shown.endsWith('/:secret'), 'the shown URL ends with the :secret segment', shown);
	return { path: shown.replace(/:secret$/, secret), query: `${productionUrl(context, workflow, 'New Botobot order', 2)}?secret=${secret}` };
}

async function sendBotobot(context, input) {
	return await control(context.services.botobot.baseUrl, 'send-callback', input);
}

function botobotCallbackCheck(method, encoding, orderId) {
	const how = method === 'GET' ? 'GET query' : `${encoding} POST`;
	return {
		name: `Botobot callback by ${how} → typed order, KeyCRM order created, Botobot order confirmed`,
		workflowId: BOTOBOT_WORKFLOW,
		async run(context) {
			const { api, services, summary } = context;
			const url = botobotUrls(context).path;
			await waitForWebhook(url);
			await resetAll(services, ['keyCrm', 'botobot']);
			const before = await executionsOf(api, BOTOBOT_WORKFLOW);

			// A field that differs per check: the same order sent again would be a repeat, and start nothing.
			const order = { ...sampleBotobotOrderOf(2, { id: orderId }), time: how };
			const sent = await sendBotobot(context, { url, method, encoding, order });
			expect(sent.status === 200, 'n8n accepted the callback', sent);
			const [execution] = await newExecutions(api, BOTOBOT_WORKFLOW, before);
			expect(execution.status === 'success', 'the execution succeeded', { status: execution.status, error: execution.data?.resultData?.error });
			summary.webhooks.accepted++;

			// Every value arrives as text by GET, form and multipart POST: the trigger must give typed items all the same.
			const [[item]] = executionOutput(execution, 'New Botobot order');
			expectEqual(
				{ id: item.id, goods: Array.isArray(item.goods), count: item.goods[0].count, price: item.goods[0].price, total: item.cost_total },
				{ id: orderId, goods: true, count: 2, price: 320, total: 1390 },
				'typed trigger item',
			);
			const created = (await journal(services, 'keyCrm')).filter((entry) => entry.method === 'POST' && entry.path === '/order');
			expect(created.length === 1 && created[0].status === 201, 'one KeyCRM order created', created.map((e) => e.status));
			const body = created[0].body;
			expectEqual(
				{ source_id: body.source_id, source_uuid: body.source_uuid, buyer: body.buyer, shipping_price: body.shipping_price },
				{ source_id: 2, source_uuid: String(orderId), buyer: { full_name: 'Olena Kovalenko', phone: '+380671234567' }, shipping_price: 250 },
				'KeyCRM order fields',
			);
			expectEqual(
				body.products,
				[
					{ sku: 'TEA-GRN-100', name: 'Green tea Sencha 100 g', price: 320, discount_amount: 20, quantity: 2 },
					{ sku: 'CUP-CER-01', name: 'Ceramic cup', price: 540, discount_amount: 0, quantity: 1 },
				],
				'KeyCRM products (from the Botobot goods)',
			);
			const updates = (await journal(services, 'botobot')).filter((entry) => entry.path.startsWith('/updateOrderStatus/'));
			expectEqual(
				updates.map((entry) => ({ id: String(entry.body.id), status: String(entry.body.status) })),
				[{ id: String(orderId), status: '20' }],
				'Botobot status updates',
			);
			summary.workflows.push(`Example 1 via Botobot ${how} callback`);
		},
	};
}

/**
 * Both ways Botobot may join its query to a "CRM url" that already has one (`&` or a second `?`),
 * by GET and by POST, with the secret in the path (a CRM url with a query of its own) and in the
 * query: eight callbacks, eight executions, each with the order it carried.
 */
const botobotJoinings = {
	name: 'Botobot callbacks joined with & and with ?, by GET and POST, secret in the path and in the query → 8 executions',
	workflowId: BOTOBOT_WORKFLOW,
	async run(context) {
		const { api, services, summary } = context;
		const urls = botobotUrls(context);
		await waitForWebhook(urls.path);
		await resetAll(services, ['keyCrm', 'botobot']);
		const before = await executionsOf(api, BOTOBOT_WORKFLOW);
		const sent = [];
		for (const [form, url] of [['path', `${urls.path}?shop=main`], ['query', urls.query]]) {
			for (const join of ['&', '?']) {
				for (const method of ['GET', 'POST']) {
					// A field that differs per callback, so none is a repeat of another.
					const order = { ...sampleBotobotOrderOf(2, { id: 1001 }), time: `${form} ${join} ${method}` };
					const answer = await sendBotobot(context, { url, method, encoding: 'form', join, order, query: method === 'POST' ? { source: 'bot' } : undefined });
					expect(answer.status === 200 && answer.body?.started === true, `${method} with the secret in the ${form}, joined with ${join}: accepted`, answer);
					sent.push(order.time);
				}
			}
		}
		const executions = await newExecutions(api, BOTOBOT_WORKFLOW, before, sent.length);
		const items = executions.map((execution) => executionOutput(execution, 'New Botobot order')[0][0]);
		expectEqual(items.map((item) => item.time).sort(), [...sent].sort(), 'one execution per callback, each with its order');
		expect(items.every((item) => item.id === 1001 && !('secret' in item)), 'typed orders without the secret', items);
		expect(executions.every((execution) => execution.status === 'success'), 'every execution succeeded', executions.map((e) => e.status));
		summary.webhooks.accepted += sent.length;
		summary.workflows.push('Example 1 via 8 Botobot callbacks (both joinings, GET and POST, path and query secret)');
	},
};

/**
 * The Test URL (`/webhook-test/…`, what "Listen for test event" registers) takes the secret as a
 * path segment too: n8n fills the dynamic segment for test webhooks as for production ones.
 */
const botobotTestUrl = {
	name: 'Botobot Test URL (webhook-test) with the secret in the path → the trigger answers in a test run; a wrong secret → 401',
	workflowId: BOTOBOT_WORKFLOW,
	async run(context) {
		const { api, services } = context;
		// On the main process also in queue mode, where production URLs go to the webhook process.
		const testUrl = (secret) => testWebhookUrl(context, botobotUrls(context, secret).path);
		const listen = async () => {
			const answer = await api.rest('POST', `/workflows/${BOTOBOT_WORKFLOW}/run`, { triggerToStartFrom: { name: 'New Botobot order' } });
			expect(answer?.waitingForWebhook === true, 'n8n listens for a test event', answer);
		};
		await listen();
		const accepted = await sendBotobot(context, { url: testUrl(services.botobot.callbackSecret), method: 'GET', order: { ...sampleBotobotOrderOf(2, { id: 1001 }), time: 'test url' } });
		expect(accepted.status === 200 && accepted.body?.started === true, 'the test URL with the secret in the path reached the trigger', accepted);
		await listen();
		const refused = await sendBotobot(context, { url: testUrl('not-the-secret-at-all'), method: 'GET', order: sampleBotobotOrderOf(2, { id: 1001 }) });
		expectEqual(refused.status, 401, 'answer of the test URL to a wrong secret');
	},
};

const botobotWrongSecret = {
	name: 'Botobot callback with a wrong secret (in the path, in the query) → 401, no execution',
	workflowId: BOTOBOT_WORKFLOW,
	async run(context) {
		const { api, services, summary } = context;
		const urls = botobotUrls(context, 'not-the-secret-at-all');
		await waitForWebhook(urls.path);
		await resetAll(services, ['keyCrm']);
		const before = await executionsOf(api, BOTOBOT_WORKFLOW);
		for (const url of [urls.path, urls.query]) {
			const sent = await sendBotobot(context, { url, method: 'POST', encoding: 'form', order: sampleBotobotOrderOf(2, { id: 1002 }) });
			expectEqual(sent.status, 401, `answer to a wrong secret (${url.includes('?') ? 'query' : 'path'})`);
			summary.webhooks.rejected++;
		}
		await noNewExecution(api, BOTOBOT_WORKFLOW, before);
		expectEqual((await journal(services, 'keyCrm')).length, 0, 'KeyCRM requests after a refused callback');
	},
};

/**
 * A delivery signed the way a Django sender likely signs — Python's `json.dumps(data)` (", " and
 * ": ", non-ASCII as \uXXXX) — while the body it posts is compact JSON: accepted, and the item says
 * which serialization matched.
 */
const broniboyPythonSigned = {
	name: 'Broniboy delivery signed over Python json.dumps(data), body compact → accepted (signatureFormat python), one execution',
	workflowId: BRONIBOY_WORKFLOW,
	async run(context) {
		const { api, services, summary } = context;
		await resetAll(services, ['botobot']);
		const before = await executionsOf(api, BRONIBOY_WORKFLOW);
		const sent = await sendBroniboy(context, { data: sampleBroniboyOrder('on_way', 1003), signature: 'valid', deliveryId: 'e2e-python-0001', bodyFormat: 'compact', signedAs: 'python' });
		expect(sent.status === 200, 'n8n accepted the delivery', sent);
		const [execution] = await newExecutions(api, BRONIBOY_WORKFLOW, before);
		const [[item]] = executionOutput(execution, 'Broniboy order changed');
		expectEqual({ signatureFormat: item.signatureFormat, note: item.data.note }, { signatureFormat: 'python', note: 'Доставка Broniboy' }, 'trigger item');
		summary.webhooks.accepted++;
		summary.workflows.push('Example 3 via a Python-json.dumps-signed Broniboy delivery');
	},
};

async function sendBroniboy(context, delivery) {
	const url = productionUrl(context, workflowOf(context, BRONIBOY_WORKFLOW), 'Broniboy order changed');
	await waitForWebhook(url);
	return await control(context.services.broniboy.baseUrl, 'send-webhook', { url, event: 'order.changed', ...delivery });
}

function broniboyAcceptedCheck(state, botobotOrderId, status, deliveryId) {
	return {
		name: `Broniboy signed delivery (state ${state}) → one execution, Botobot order ${botobotOrderId} → status ${status}`,
		workflowId: BRONIBOY_WORKFLOW,
		async run(context) {
			const { api, services, summary } = context;
			await resetAll(services, ['botobot']);
			const before = await executionsOf(api, BRONIBOY_WORKFLOW);
			const sent = await sendBroniboy(context, { data: sampleBroniboyOrder(state, botobotOrderId), signature: 'valid', deliveryId });
			expect(sent.status === 200, 'n8n accepted the signed delivery', sent);
			expect(sent.body?.received === true, 'the trigger answered with its own small JSON body', sent.body);
			const [execution] = await newExecutions(api, BRONIBOY_WORKFLOW, before);
			expect(execution.status === 'success', 'the execution succeeded', { status: execution.status, error: execution.data?.resultData?.error });
			summary.webhooks.accepted++;
			const [[item]] = executionOutput(execution, 'Broniboy order changed');
			expectEqual({ event: item.event, deliveryId: item.deliveryId, state: item.data.state }, { event: 'order.changed', deliveryId, state }, 'trigger item');
			const updates = (await journal(services, 'botobot')).filter((entry) => entry.path.startsWith('/updateOrderStatus/'));
			expectEqual(
				updates.map((entry) => ({ id: String(entry.body.id), status: String(entry.body.status) })),
				[{ id: String(botobotOrderId), status: String(status) }],
				'Botobot status updates',
			);
			summary.workflows.push(`Example 3 via Broniboy delivery (${state})`);
		},
	};
}

function broniboyRefusedCheck(name, delivery, expectStatus) {
	return {
		name,
		workflowId: BRONIBOY_WORKFLOW,
		async run(context) {
			const { api, services, summary } = context;
			await resetAll(services, ['botobot']);
			const before = await executionsOf(api, BRONIBOY_WORKFLOW);
			const sent = await sendBroniboy(context, { data: sampleBroniboyOrder('on_way', 1003), ...delivery });
			expect(expectStatus(sent.status), `answer ${sent.status} to this delivery`, sent);
			await noNewExecution(api, BRONIBOY_WORKFLOW, before);
			expectEqual((await journal(services, 'botobot')).length, 0, 'Botobot requests after a refused delivery');
			summary.webhooks.rejected++;
		},
	};
}

const webhookChecks = [
	botobotCallbackCheck('GET', 'form', 1001),
	botobotCallbackCheck('POST', 'form', 1002),
	botobotCallbackCheck('POST', 'json', 1003),
	botobotCallbackCheck('POST', 'multipart', 1001),
	botobotJoinings,
	botobotTestUrl,
	botobotWrongSecret,
	broniboyAcceptedCheck('on_way', 1002, 70, 'e2e-delivery-0001'),
	broniboyRefusedCheck('Broniboy delivery with a forged signature → refused, no execution', { signature: 'wrong' }, (status) => status === 401 || status === 403),
	broniboyRefusedCheck('Broniboy delivery without a signature → refused, no execution', { signature: 'missing' }, (status) => status === 401 || status === 403 || status === 400),
	// Broniboy retries what it thinks failed: a repeat is answered 200 so it stops, and starts nothing.
	broniboyRefusedCheck('Broniboy repeated delivery id → acknowledged, no new execution', { signature: 'valid', deliveryId: 'e2e-delivery-0001' }, (status) => status === 200),
	broniboyAcceptedCheck('finished', 1002, 80, 'e2e-delivery-0002'),
	broniboyPythonSigned,
];

module.exports = { webhookChecks };
