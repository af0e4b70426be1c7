'use strict';
// Example 1 run twice for one Botobot order makes one KeyCRM order: the second run a user's retry of
// the failed execution (e2e and queue), or the same callback at every webhook process (queue).
const { sampleBotobotOrderOf } = require('../../../sandboxes/samples');
const { control, journal, resetAll } = require('../services');
const { expect, expectEqual } = require('../../../harness/runner/expect');
const { executionsOf, newExecutions, productionUrl, waitForWebhook } = require('../../../harness/n8n/webhooks');

const BOTOBOT_WORKFLOW = 'osExBotobotToCrm';
const TRIGGER = 'New Botobot order';

function callbackUrl(context) {
	const workflow = context.workflows.find((candidate) => candidate.id === BOTOBOT_WORKFLOW);
	return productionUrl(context, workflow, TRIGGER).replace(/:secret$/, context.services.botobot.callbackSecret);
}

/**
 * Every base URL that takes production webhooks: `context.webhookProcessUrls` (one per `n8n webhook`
 * process, where the queue instance exposes them), else the one webhook base of the instance.
 */
function webhookBaseUrls(context) {
	const listed = context.webhookProcessUrls ?? context.instance.webhookProcessUrls;
	if (Array.isArray(listed) && listed.length > 0) return listed;
	return [context.instance.webhookBaseUrl ?? context.instance.baseUrl];
}

async function keyCrmOrdersOf(services, orderId) {
	const answer = await fetch(`${services.keyCrm.baseUrl}/order?filter[source_uuid]=${orderId}&limit=50`, {
		headers: { Authorization: `Bearer ${services.keyCrm.apiKey}`, Accept: 'application/json' },
	});
	return (await answer.json()).data;
}

const retriedExecution = {
	name: 'Example 1 retried by the user after KeyCRM lost the answer → one KeyCRM order, the retry returns it',
	workflowId: BOTOBOT_WORKFLOW,
	async run(context) {
		const { api, services, summary } = context;
		const url = callbackUrl(context);
		await waitForWebhook(url);
		await resetAll(services, ['keyCrm', 'botobot']);
		const orderId = 4711;
		// KeyCRM stores the order and the answer is lost (504); the node's look-up for it is refused too
		// (the first GET is the look-up before creating, the second the one after the lost answer; a
		// refusal, since a read would be sent again after a 500).
		await control(services.keyCrm.baseUrl, 'fault', { method: 'POST', path: '^/order$', afterHandling: true, fault: { kind: 'status', status: 504, body: 'Gateway Timeout' } });
		await control(services.keyCrm.baseUrl, 'fault', { method: 'GET', path: '^/order$', skip: 1, fault: { kind: 'status', status: 403, body: { message: 'This action is unauthorized.' } } });

		const before = await executionsOf(api, BOTOBOT_WORKFLOW);
		const sent = await control(services.botobot.baseUrl, 'send-callback', { url, method: 'POST', encoding: 'form', order: { ...sampleBotobotOrderOf(1, { id: orderId }), time: 'retried by the user' } });
		expect(sent.status === 200, 'n8n accepted the callback', sent);
		summary.webhooks.accepted++;
		const [failed] = await newExecutions(api, BOTOBOT_WORKFLOW, before);
		expect(failed.status === 'error', 'the first execution failed', { status: failed.status });
		const message = String(failed.data?.resultData?.error?.message ?? '');
		expect(message.includes('KeyCRM may have created this order'), 'its error says KeyCRM may have created the order', message);
		expectEqual((await keyCrmOrdersOf(services, orderId)).length, 1, 'KeyCRM holds the order after the first run');

		// The user's "Retry" in the executions list (with the saved workflow).
		const afterFailure = await executionsOf(api, BOTOBOT_WORKFLOW);
		await api.rest('POST', `/executions/${failed.id}/retry`, { loadWorkflow: false });
		const [retried] = await newExecutions(api, BOTOBOT_WORKFLOW, afterFailure);
		expect(retried.status === 'success', 'the retried execution succeeded', { status: retried.status, error: retried.data?.resultData?.error });

		const orders = await keyCrmOrdersOf(services, orderId);
		expectEqual(orders.length, 1, 'one KeyCRM order for the Botobot order');
		const posts = (await journal(services, 'keyCrm')).filter((entry) => entry.method === 'POST' && entry.path === '/order');
		expectEqual(posts.length, 1, 'one create request reached KeyCRM');
		const runData = retried.data?.resultData?.runData?.['Create KeyCRM order'];
		const created = runData?.[runData.length - 1]?.data?.main?.[0]?.[0]?.json;
		expectEqual(created?.id, orders[0].id, 'the retry returned the order the first run created');
		summary.workflows.push('Example 1 failed after KeyCRM lost its answer, retried by the user: one KeyCRM order');
	},
};

const sameCallbackAtEveryWebhookProcess = {
	name: 'the same Botobot callback at every webhook process, 2 s apart → one KeyCRM order',
	workflowId: BOTOBOT_WORKFLOW,
	async run(context) {
		const { api, services, summary } = context;
		const url = callbackUrl(context);
		const ownBase = context.instance.webhookBaseUrl ?? context.instance.baseUrl;
		const bases = webhookBaseUrls(context);
		// A sender's retry landing on another process: with one process, the same one twice.
		const targets = bases.length > 1 ? bases : [bases[0], bases[0]];
		for (const base of targets) await waitForWebhook(url.replace(ownBase, base));
		await resetAll(services, ['keyCrm', 'botobot']);
		const orderId = 4712;
		const order = { ...sampleBotobotOrderOf(1, { id: orderId }), time: 'sent to every webhook process' };
		const before = await executionsOf(api, BOTOBOT_WORKFLOW);
		for (const [index, base] of targets.entries()) {
			if (index > 0) await new Promise((resolve) => setTimeout(resolve, 2000));
			const sent = await control(services.botobot.baseUrl, 'send-callback', { url: url.replace(ownBase, base), method: 'POST', encoding: 'form', order });
			expect(sent.status === 200, `the webhook process at ${base} answered 200`, sent);
		}
		// Each copy starts a run or is recognised as a repeat; either way KeyCRM gets one order.
		await new Promise((resolve) => setTimeout(resolve, 4000));
		const runs = (await executionsOf(api, BOTOBOT_WORKFLOW)).filter((execution) => !before.some((known) => known.id === execution.id));
		expect(runs.length >= 1 && runs.every((execution) => execution.status === 'success'), 'every started run succeeded', runs.map((execution) => execution.status));
		expectEqual((await keyCrmOrdersOf(services, orderId)).length, 1, 'one KeyCRM order');
		summary.webhooks.accepted += runs.length;
		summary.workflows.push(`One Botobot order at ${targets.length} webhook process URLs: ${runs.length} run(s), one KeyCRM order`);
	},
};

module.exports = { writeChecks: [retriedExecution], queueWriteChecks: [retriedExecution, sameCallbackAtEveryWebhookProcess], webhookBaseUrls };
