'use strict';
// Sending many webhook deliveries at once through the sandboxes, and counting what n8n ran.
const { control } = require('../services/sandboxProcess');
const { eventually, expect } = require('../runner/expect');
const { productionUrl, waitForWebhook } = require('./webhooks');

function workflowOf(context, id) {
	const workflow = context.workflows.find((candidate) => candidate.id === id);
	expect(workflow, `workflow ${id} is imported`);
	return workflow;
}

/**
 * Where Botobot sends a workflow's callbacks: the trigger's production URL with its secret. The one
 * place that knows how the secret travels: as the URL's `:secret` path segment when the trigger
 * declares one (the secret then comes from the Botobot credential, as the sandboxes know it), else as
 * a `?secret=` query parameter from the node's parameters.
 */
async function botobotCallbackUrl(context, workflowId) {
	const workflow = workflowOf(context, workflowId);
	const trigger = workflow.nodes.find((node) => node.type.endsWith('.botobotTrigger'));
	const shown = productionUrl(context, workflow, trigger.name);
	const secret = trigger.parameters.secret ?? context.services.botobot.callbackSecret;
	expect(secret, 'a Botobot callback secret (node parameter or sandbox credential)');
	const url = shown.includes('/:secret')
		? shown.replace('/:secret', `/${encodeURIComponent(secret)}`)
		: `${shown}${shown.includes('?') ? '&' : '?'}secret=${encodeURIComponent(secret)}`;
	await waitForWebhook(url);
	return url;
}

/** One Botobot callback (form POST unless told), sent by the Botobot sandbox; answers `{status, body}`. */
async function sendBotobotCallback(context, workflowId, order, { method = 'POST', encoding = 'form' } = {}) {
	const url = await botobotCallbackUrl(context, workflowId);
	return await control(context.services.botobot.baseUrl, 'send-callback', { url, method, encoding, order });
}

/** One Broniboy delivery (`{data, deliveryId, signature?}`), signed by the Broniboy sandbox. */
async function sendBroniboyDelivery(context, workflowId, delivery) {
	const workflow = workflowOf(context, workflowId);
	const trigger = workflow.nodes.find((node) => node.type.endsWith('.broniboyTrigger'));
	const url = productionUrl(context, workflow, trigger.name);
	await waitForWebhook(url);
	return await control(context.services.broniboy.baseUrl, 'send-webhook', { url, event: 'order.changed', signature: 'valid', ...delivery });
}

/** Runs `send` for every item at once; resolves with the answers in order. */
const allAtOnce = (items, send) => Promise.all(items.map((item) => send(item)));

/** Every finished execution of a workflow, without their data (public API, all pages). */
async function finishedExecutions(api, workflowId) {
	const found = [];
	let cursor;
	do {
		const query = `workflowId=${workflowId}&includeData=false&limit=250${cursor ? `&cursor=${cursor}` : ''}`;
		const page = await api.publicApi('GET', `/executions?${query}`);
		found.push(...page.data);
		cursor = page.nextCursor;
	} while (cursor);
	return found.filter((execution) => !['new', 'running', 'waiting'].includes(execution.status));
}

/** The ids of a workflow's finished executions so far, to tell the new ones apart later. */
async function executionIds(api, workflowId) {
	return new Set((await finishedExecutions(api, workflowId)).map((execution) => execution.id));
}

/**
 * Waits until at least `count` executions beyond `known` (from executionIds) have finished, then a
 * few seconds more for any beyond that (a lost race shows up as an extra execution), and returns
 * all the new ones.
 */
async function newExecutionsSince(api, workflowId, known, count, { timeoutMs = 300000, quietMs = 5000 } = {}) {
	const fresh = async () => (await finishedExecutions(api, workflowId)).filter((execution) => !known.has(execution.id));
	if (count > 0) {
		await eventually(async () => (await fresh()).length >= count, {
			timeoutMs,
			intervalMs: 1000,
			what: `${count} new finished execution(s) of ${workflowId}`,
		});
	}
	await new Promise((resolve) => setTimeout(resolve, quietMs));
	return await fresh();
}

/** What the bursts sent, for the replay after a restart (that check sends its own when run alone). */
function burstMemory(context) {
	context.burst ??= { botobotOrders: [], broniboyDeliveries: [] };
	return context.burst;
}

/**
 * What each execution among `executions` that did not succeed said: `{id, status, node, message,
 * description}`, the first `max` of them (a failed count alone tells nothing to whoever reads the CI log).
 */
async function failuresOf(api, executions, max = 5) {
	const failed = executions.filter((execution) => execution.status !== 'success').slice(0, max);
	return await Promise.all(
		failed.map(async ({ id, status }) => {
			const execution = await api.publicApi('GET', `/executions/${id}?includeData=true`);
			const error = execution.data?.resultData?.error;
			return { id, status, node: error?.node?.name ?? execution.data?.resultData?.lastNodeExecuted, message: error?.message, description: error?.description };
		}),
	);
}

/** Every one of `executions` succeeded; if not, the failure shows what the failed ones said. */
async function expectAllSucceeded(api, executions, what) {
	const statuses = countBy(executions, 'status');
	const failed = executions.length - (statuses.success ?? 0);
	if (failed > 0) {
		throw new Error(`${failed} of ${executions.length} ${what} executions did not succeed ${JSON.stringify(statuses)}: ${JSON.stringify(await failuresOf(api, executions))}`);
	}
}

/** `{status: count}` of a list of executions or answers. */
function countBy(list, key) {
	const counts = {};
	for (const entry of list) counts[entry[key]] = (counts[entry[key]] ?? 0) + 1;
	return counts;
}

module.exports = {
	allAtOnce,
	botobotCallbackUrl,
	burstMemory,
	countBy,
	finishedExecutions,
	sendBotobotCallback,
	sendBroniboyDelivery,
	executionIds,
	expectAllSucceeded,
	newExecutionsSince,
};
