'use strict';
/**
 * 4. Triggers under load, in a real n8n with our packed package: Broniboy Trigger with valid
 * signatures vs n8n's plain Webhook node on the same payloads and headers, and forged deliveries
 * (wrong HMAC), which must be refused without starting an execution. autocannon, 127.0.0.1 only,
 * bounded by a request count and a time limit.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const autocannon = require('autocannon');

const { startInstance } = require('../../scripts/lib/instance');
const { cacheDir } = require('../../scripts/lib/paths');
const { table, verdict } = require('../lib/markdown');
const { formatSummary, pairedRatios, summary } = require('../lib/stats');

const GOAL = 0.9;
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

async function runTriggers({ sandboxes, config, log }) {
	const { amount, connections, repetitions, maxSeconds, warmup } = config.triggers;
	const userFolder = path.join(cacheDir, 'bench-n8n');
	fs.rmSync(userFolder, { recursive: true, force: true });
	const port = await freePortPair();
	const services = sandboxes.services;
	const flows = workflows();
	const instance = await startInstance({ userFolder, port, services, workflows: flows, activate: flows.map((flow) => flow.id) });
	const runs = {};
	let forgedExecutions = 0;
	try {
		const { body: payload, valid, forged } = delivery(services.broniboy.webhookSecret);
		const broniboyUrl = `http://127.0.0.1:${port}/webhook/bench-broniboy/webhook`;
		const plainUrl = `http://127.0.0.1:${port}/webhook/bench-plain`;
		await waitForWebhook(broniboyUrl, payload, valid);
		await waitForWebhook(plainUrl, payload, valid);
		const scenarios = [
			{ id: 'webhook', label: "n8n's Webhook node", url: plainUrl, signature: valid },
			{ id: 'broniboy', label: 'Broniboy Trigger, valid signatures', url: broniboyUrl, signature: valid },
			{ id: 'forged', label: 'Broniboy Trigger, forged signatures', url: broniboyUrl, signature: forged },
		];
		for (const scenario of scenarios) await load(scenario.url, { body: payload, signature: scenario.signature, amount: warmup, connections, maxSeconds });
		await sleep(2000);
		for (let repetition = 0; repetition < repetitions; repetition++) {
			for (const scenario of scenarios) {
				const before = scenario.id === 'forged' ? await newestExecutionId(instance.api) : undefined;
				const result = await load(scenario.url, { body: payload, signature: scenario.signature, amount, connections, maxSeconds });
				const answered = result['2xx'] + result.non2xx;
				const run = {
					requestsPerSecond: answered / result.duration,
					p50: result.latency.p50,
					p99: result.latency.p99,
					ok: result['2xx'],
					refused: result.non2xx,
					errors: result.errors + result.timeouts,
				};
				// Executions are saved after the answer ("respond immediately"): let them settle between runs.
				await sleep(2000);
				if (scenario.id === 'forged') {
					const after = await newestExecutionId(instance.api);
					if (after !== before) forgedExecutions++;
				}
				(runs[scenario.id] ??= []).push(run);
				log(`  triggers, ${scenario.id} #${repetition + 1}: ${run.requestsPerSecond.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, ${run.ok} 2xx, ${run.refused} refused, ${run.errors} errors`);
			}
		}
		const rows = scenarios.map((scenario) => {
			const own = runs[scenario.id];
			return {
				scenario,
				rps: summary(own.map((run) => run.requestsPerSecond)),
				ratio: pairedRatios(own.map((run) => run.requestsPerSecond), runs.webhook.map((run) => run.requestsPerSecond)),
				p50: summary(own.map((run) => run.p50)),
				p99: summary(own.map((run) => run.p99)),
				ok: summary(own.map((run) => run.ok)),
				refused: summary(own.map((run) => run.refused)),
			};
		});
		const [, broniboy, forgedRow] = rows;
		const headline = [
			{ measure: 'Triggers: req/s Broniboy Trigger (valid) / Webhook node', value: formatSummary(broniboy.ratio), goal: `≥ ${GOAL}`, met: broniboy.ratio.median >= GOAL },
			{
				measure: 'Triggers: req/s forged deliveries / Webhook node (refused, no execution)',
				value: formatSummary(forgedRow.ratio),
				goal: '> 1, no execution',
				met: forgedRow.ratio.median > 1 && forgedExecutions === 0 && forgedRow.ok.max === 0,
			},
		];
		const body = [
			`n8n ${config.n8nVersion} started by the project's scripts (our package packed and installed as a community package, SQLite, executions saved), two published workflows holding only the trigger. autocannon: ${amount} POSTs per run over ${connections} connections (stopped after ${maxSeconds} s at most), same body and headers for all (unique Hook-Delivery per request), ${warmup} warm-up requests each first; ${repetitions} runs of each, alternating.`,
			'',
			table(
				['Scenario', 'Requests/s', '÷ Webhook node', 'p50 latency, ms', 'p99 latency, ms', '2xx answers', 'Refused (non-2xx)'],
				rows.map((row) => [
					row.scenario.label,
					formatSummary(row.rps, 0),
					row.scenario.id === 'webhook' ? '1' : formatSummary(row.ratio),
					formatSummary(row.p50, 0),
					formatSummary(row.p99, 0),
					formatSummary(row.ok, 0),
					formatSummary(row.refused, 0),
				]),
			),
			'',
			`Goal: Broniboy Trigger ≥ ${GOAL}× the Webhook node — ${verdict(headline[0].met)}. Forged deliveries: ${forgedExecutions === 0 ? 'no execution was started by any forged run' : `**${forgedExecutions} forged run(s) started executions**`}, all refused: ${verdict(forgedRow.ok.max === 0)}.`,
		].join('\n');
		return { title: '4. Triggers under load', headline, body, raw: runs };
	} finally {
		await instance.server.stop();
		fs.rmSync(userFolder, { recursive: true, force: true });
	}
}

module.exports = { runTriggers, _workflows: workflows };
