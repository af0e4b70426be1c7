'use strict';
// Load against published trigger workflows in a real n8n: autocannon runs where each request can
// carry something of its own (a Hook-Delivery id, an order id), so none is a repeat.
const crypto = require('node:crypto');

const autocannon = require('autocannon');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends `amount` POSTs of `body` with `headers`; `perRequest(n, runId)` may return headers and/or a
 * body of the n-th request's own. Stops after `maxSeconds` at most.
 */
function load(url, { body, headers, perRequest, amount, connections, maxSeconds }) {
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
						headers: { 'content-type': 'application/json', ...headers },
						setupRequest: (request) => {
							const own = perRequest ? perRequest(++counter, runId) : {};
							return { ...request, ...(own.body === undefined ? {} : { body: own.body }), headers: { ...request.headers, ...own.headers } };
						},
					},
				],
			},
			(error, result) => (error ? reject(error) : resolve(result)),
		);
		const timer = setTimeout(() => instance.stop(), maxSeconds * 1000);
		instance.on('done', () => clearTimeout(timer));
	});
}

/** Polls until n8n has registered the webhook (anything but 404), for up to 60 s. */
async function waitForWebhook(url, { body, headers, perRequest }) {
	const deadline = Date.now() + 60_000;
	let attempt = 0;
	while (Date.now() < deadline) {
		const own = perRequest ? perRequest(++attempt, `wait-${crypto.randomUUID()}`) : {};
		const response = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...headers, ...own.headers },
			body: own.body ?? body,
		}).catch(() => undefined);
		if (response && response.status !== 404) return;
		await sleep(500);
	}
	throw new Error(`${url} was not registered within 60 s`);
}

/** Ids of a workflow's executions so far (any status), to tell a run's own apart. */
async function executionIdsOf(api, workflowId) {
	return new Set((await executionsOf(api, workflowId)).map((execution) => execution.id));
}

async function executionsOf(api, workflowId) {
	const found = [];
	let cursor;
	do {
		const page = await api.publicApi('GET', `/executions?workflowId=${workflowId}&includeData=false&limit=250${cursor ? `&cursor=${cursor}` : ''}`);
		found.push(...page.data);
		cursor = page.nextCursor;
	} while (cursor);
	return found;
}

/**
 * The executions a run started (not in `known`), once `expected` of them have finished or
 * `timeoutMs` passed, and a second more for any beyond that. `finished`: those done;
 * `lastStoppedAt`: when the last of them stopped (ms since the epoch).
 */
async function runExecutions(api, workflowId, known, { expected, timeoutMs = 120_000 }) {
	const deadline = Date.now() + timeoutMs;
	const fresh = async () => (await executionsOf(api, workflowId)).filter((execution) => !known.has(execution.id));
	let found = await fresh();
	const done = (list) => list.filter((execution) => execution.stoppedAt && !['new', 'running', 'waiting'].includes(execution.status));
	while (done(found).length < expected && Date.now() < deadline) {
		await sleep(500);
		found = await fresh();
	}
	await sleep(1000);
	found = await fresh();
	const finished = done(found);
	return { started: found.length, finished: finished.length, lastStoppedAt: Math.max(0, ...finished.map((execution) => Date.parse(execution.stoppedAt))) };
}

module.exports = { load, executionIdsOf, runExecutions, waitForWebhook, sleep };
