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

async function newestExecutionId(api) {
	const answer = await api.publicApi('GET', '/executions?limit=1');
	return answer.data[0]?.id;
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

module.exports = { load, newestExecutionId, waitForWebhook, sleep };
