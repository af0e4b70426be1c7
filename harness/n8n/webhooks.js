'use strict';
// Production webhook URLs of published workflows, and the executions they started.
const { expect, eventually } = require('../runner/expect');

/**
 * A webhook description's path for one node: plain, or an expression over `$webhookId` (the Botobot
 * Trigger's `botobot/<webhook id>/:secret`), evaluated as n8n does for these simple ones.
 */
function webhookPathOf(webhook, node) {
	const path = webhook?.path;
	if (typeof path !== 'string' || !path.startsWith('={{')) return path;
	// eslint-disable-next-line no-new-func
	return new Function('$webhookId', `return (${path.slice(3, -2)});`)(node.webhookId);
}

/** `<n8n>/webhook/<webhookId>/<path>` of a workflow's trigger, the path read from the loaded node type. */
function productionUrl({ instance, nodeTypes }, workflow, triggerName, webhookIndex = 0) {
	const node = workflow.nodes.find((candidate) => candidate.name === triggerName);
	expect(node?.webhookId, `trigger "${triggerName}" with a webhookId in ${workflow.name}`);
	const type = nodeTypes.find((candidate) => candidate.name === node.type);
	const path = webhookPathOf(type?.webhooks?.[webhookIndex], node);
	expect(path, `${node.type} declares a webhook path`, type?.webhooks);
	return `${instance.webhookBaseUrl ?? instance.baseUrl}/webhook/${node.webhookId}/${path}`;
}

/**
 * A production URL sent to one `n8n webhook` process directly (queue mode: `index` into
 * `instance.webhookProcessUrls`), bypassing nginx, as a sender would without a key-routing proxy.
 */
function atWebhookProcess({ instance }, url, index) {
	const direct = instance.webhookProcessUrls?.[index];
	expect(direct, `webhook process ${index + 1} in this topology`, instance.webhookProcessUrls);
	return url.replace(instance.webhookBaseUrl, direct);
}

/**
 * The Test URL (`/webhook-test/…`, what "Listen for test event" registers) for a production URL:
 * always on the main process, also in queue mode where production URLs go to the webhook process.
 */
function testWebhookUrl({ instance }, url) {
	return url.replace(`${instance.webhookBaseUrl ?? instance.baseUrl}/webhook/`, `${instance.baseUrl}/webhook-test/`);
}

/** n8n registers production webhooks a moment after activation: wait until the URL stops 404ing. */
async function waitForWebhook(url) {
	await eventually(
		async () => {
			const response = await fetch(url, { method: 'OPTIONS' }).catch(() => undefined);
			return response && response.status !== 404;
		},
		{ timeoutMs: 30000, what: `webhook ${url} to be registered` },
	);
}

/** Finished executions of a workflow (public API), newest first. Queue mode lists queued ones as `new`. */
async function executionsOf(api, workflowId) {
	const answer = await api.publicApi('GET', `/executions?workflowId=${workflowId}&includeData=true&limit=250`);
	return answer.data.filter((execution) => execution.finished || !['new', 'running'].includes(execution.status));
}

/** Waits for exactly `count` more executions than `before`, then returns the new ones. */
async function newExecutions(api, workflowId, before, count = 1) {
	const known = new Set(before.map((execution) => execution.id));
	const fresh = await eventually(
		async () => {
			const found = (await executionsOf(api, workflowId)).filter((execution) => !known.has(execution.id));
			return found.length >= count ? found : undefined;
		},
		{ timeoutMs: 30000, what: `${count} new execution(s) of ${workflowId}` },
	);
	expect(fresh.length === count, `exactly ${count} new execution(s)`, fresh.map((execution) => execution.id));
	return fresh;
}

/** No new execution shows up within a few seconds (n8n saves one within ~1 s when it runs). */
async function noNewExecution(api, workflowId, before, waitMs = 4000) {
	await new Promise((resolve) => setTimeout(resolve, waitMs));
	const known = new Set(before.map((execution) => execution.id));
	const fresh = (await executionsOf(api, workflowId)).filter((execution) => !known.has(execution.id));
	expect(fresh.length === 0, 'no new execution', fresh.map((execution) => ({ id: execution.id, status: execution.status })));
}

/** The items one node put out in a saved execution. */
function executionOutput(execution, nodeName) {
	const runs = execution.data?.resultData?.runData?.[nodeName];
	expect(runs?.length > 0, `node "${nodeName}" ran in execution ${execution.id}`, Object.keys(execution.data?.resultData?.runData ?? {}));
	expect(!runs[0].error, `node "${nodeName}" succeeded`, runs[0].error);
	return (runs[0].data?.main ?? []).map((output) => (output ?? []).map((item) => item.json));
}

module.exports = { webhookPathOf, productionUrl, atWebhookProcess, testWebhookUrl, waitForWebhook, executionsOf, newExecutions, noNewExecution, executionOutput };
