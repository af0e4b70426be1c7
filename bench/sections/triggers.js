'use strict';
/**
 * 4. Triggers under load, in a real n8n with our packed package. Each of our triggers against n8n's
 * Webhook node twice: with Header Auth (the fair baseline — it reads a credential per request, as
 * a trigger checking a secret must) and plain (no check at all). Broniboy Trigger gets the same
 * body and headers as the Webhook nodes (Header Auth checks the Hook-HMAC header against the
 * body's valid signature); Botobot Trigger gets its secret in the URL, the Webhook node the same
 * secret in a header (it has no query-string auth). Forged deliveries (wrong HMAC) must be refused
 * without starting an execution. autocannon, 127.0.0.1 only, bounded by a request count and a time.
 *
 * n8n runs twice: as installed (its "vm" expression engine, the default in 2.x) and with
 * N8N_EXPRESSION_ENGINE=legacy, the control that shows which part of a difference is n8n's
 * expression isolates. BENCH_TRIGGER_ENGINES=default (or legacy) runs only one of them;
 * BENCH_N8N_CPU_PROFILE=<folder> has n8n write V8 CPU profiles there (diagnostics, not figures).
 */
const fs = require('node:fs');
const path = require('node:path');

const { runFolder, startN8nInstance } = require('../../harness/runner/instance');
const { table, verdict } = require('../lib/markdown');
const { formatSummary, pairedRatios, summary } = require('../lib/stats');
const { load, newestExecutionId, sleep, waitForWebhook } = require('../lib/triggerLoad');
const { BOTOBOT_SECRET_HEADER, PATHS, botobotOrder, broniboyDelivery, createHeaderAuthWebhooks, workflows } = require('../lib/triggerWorkflows');

const GOAL = 0.9;

const ENGINES = [
	{ id: 'default', label: 'n8n as installed (expression engine "vm")', env: {} },
	{ id: 'legacy', label: 'control: N8N_EXPRESSION_ENGINE=legacy', env: { N8N_EXPRESSION_ENGINE: 'legacy' } },
];

/** Each scenario: where it posts, what, and which row its ratios are taken against. */
function scenarios(port, services) {
	const url = (webhookPath, query = '') => `http://127.0.0.1:${port}/webhook/${webhookPath}${query}`;
	const { body, valid, forged, own } = broniboyDelivery(services.broniboy.webhookSecret);
	const botobotSecret = services.botobot.callbackSecret;
	const signed = (signature) => ({ body, headers: { 'hook-event': 'order.changed', 'hook-hmac': signature }, perRequest: (n, run) => ({ headers: { 'hook-delivery': `${run}-${n}` } }) });
	// The trigger also knows a delivery by its signed data: each request carries an order of its own.
	const ownOrders = (signature) => ({
		...signed(signature === 'valid' ? valid : forged),
		perRequest: (n, run) => {
			const delivery = own(`${run}-${n}`, signature);
			return { body: delivery.body, headers: { 'hook-delivery': `${run}-${n}`, 'hook-hmac': delivery.signature } };
		},
	});
	const botobot = { body: botobotOrder(1), perRequest: (n, run) => ({ body: botobotOrder(`${run}-${n}`) }) };
	return [
		{ id: 'webhook', label: "n8n's Webhook node, no authentication", url: url(PATHS.plain), ...signed(valid) },
		{ id: 'headerAuthBroniboy', label: "n8n's Webhook node, Header Auth (Hook-HMAC)", url: url(PATHS.headerAuthBroniboy), ...signed(valid) },
		{ id: 'broniboy', label: 'Broniboy Trigger, valid signatures', url: url(PATHS.broniboy), ...ownOrders('valid'), fair: 'headerAuthBroniboy' },
		{ id: 'forged', label: 'Broniboy Trigger, forged signatures', url: url(PATHS.broniboy), ...ownOrders('wrong'), fair: 'headerAuthBroniboy' },
		{ id: 'headerAuthBotobot', label: "n8n's Webhook node, Header Auth (Botobot secret in a header)", url: url(PATHS.headerAuthBotobot), ...botobot, headers: { [BOTOBOT_SECRET_HEADER]: botobotSecret } },
		{ id: 'botobot', label: 'Botobot Trigger, secret in the URL', url: url(PATHS.botobot, `?secret=${botobotSecret}`), ...botobot, fair: 'headerAuthBotobot' },
		{
			id: 'botobotNoMemory',
			label: 'Botobot Trigger, Ignore Repeated Deliveries off (diagnostic: no static-data save per request)',
			url: url(PATHS.botobotNoMemory, `?secret=${botobotSecret}`),
			...botobot,
			fair: 'headerAuthBotobot',
		},
	];
}

async function measureEngine({ engine, sandboxes, config, log, userFolder, repetitions }) {
	const { amount, connections, maxSeconds, warmup } = config.triggers;
	const services = sandboxes.services;
	const flows = workflows();
	const profileDir = process.env.BENCH_N8N_CPU_PROFILE;
	const env = profileDir ? { ...engine.env, NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${path.resolve(profileDir)}` } : engine.env;
	const instance = await startN8nInstance({ userFolder, services, workflows: flows, activate: flows.map((flow) => flow.id), extraEnv: env });
	const port = Number(instance.env.N8N_PORT);
	const runs = {};
	let forgedExecutions = 0;
	try {
		const list = scenarios(port, services);
		await createHeaderAuthWebhooks(instance.api, {
			broniboySignature: broniboyDelivery(services.broniboy.webhookSecret).valid,
			botobotSecret: services.botobot.callbackSecret,
		});
		for (const scenario of list) if (scenario.id !== 'forged') await waitForWebhook(scenario.url, scenario);
		for (const scenario of list) await load(scenario.url, { ...scenario, amount: warmup, connections, maxSeconds });
		await sleep(2000);
		for (let repetition = 0; repetition < repetitions; repetition++) {
			for (const scenario of list) {
				const before = scenario.id === 'forged' ? await newestExecutionId(instance.api) : undefined;
				const result = await load(scenario.url, { ...scenario, amount, connections, maxSeconds });
				const run = {
					requestsPerSecond: (result['2xx'] + result.non2xx) / result.duration,
					p50: result.latency.p50,
					p99: result.latency.p99,
					ok: result['2xx'],
					refused: result.non2xx,
					errors: result.errors + result.timeouts,
				};
				// Executions are saved after the answer ("respond immediately"): let them settle between runs.
				await sleep(2000);
				if (scenario.id === 'forged' && (await newestExecutionId(instance.api)) !== before) forgedExecutions++;
				(runs[scenario.id] ??= []).push(run);
				log(`  triggers (${engine.id}), ${scenario.id} #${repetition + 1}: ${run.requestsPerSecond.toFixed(1)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, ${run.ok} 2xx, ${run.refused} refused, ${run.errors} errors`);
			}
		}
		const rate = (id) => runs[id].map((run) => run.requestsPerSecond);
		const rows = Object.fromEntries(
			list.map((scenario) => [
				scenario.id,
				{
					scenario,
					rps: summary(rate(scenario.id)),
					ratio: pairedRatios(rate(scenario.id), rate('webhook')),
					fairRatio: scenario.fair ? pairedRatios(rate(scenario.id), rate(scenario.fair)) : undefined,
					p50: summary(runs[scenario.id].map((run) => run.p50)),
					p99: summary(runs[scenario.id].map((run) => run.p99)),
					ok: summary(runs[scenario.id].map((run) => run.ok)),
					refused: summary(runs[scenario.id].map((run) => run.refused)),
				},
			]),
		);
		return { engine, rows, runs, forgedExecutions, repetitions };
	} finally {
		await instance.stop();
	}
}

function engineTable(result) {
	return table(
		['Scenario', 'Requests/s', '÷ Webhook + Header Auth', '÷ plain Webhook', 'p50 latency, ms', 'p99 latency, ms', '2xx answers', 'Refused (non-2xx)'],
		Object.values(result.rows).map((row) => [
			row.scenario.label,
			formatSummary(row.rps, 1),
			row.fairRatio ? formatSummary(row.fairRatio) : '',
			row.scenario.id === 'webhook' ? '1' : formatSummary(row.ratio),
			formatSummary(row.p50, 0),
			formatSummary(row.p99, 0),
			formatSummary(row.ok, 0),
			formatSummary(row.refused, 0),
		]),
	);
}

function headlineOf(results) {
	const installed = results.find((result) => result.engine.id === 'default');
	const control = results.find((result) => result.engine.id === 'legacy');
	const forgedExecutions = results.reduce((sum, result) => sum + result.forgedExecutions, 0);
	const refusedAll = results.every((result) => result.rows.forged.ok.max === 0);
	const headline = [];
	if (installed) {
		const { broniboy, botobot, forged } = installed.rows;
		headline.push(
			{ measure: 'Triggers: req/s Broniboy Trigger (valid) / Webhook node with Header Auth', value: formatSummary(broniboy.fairRatio), goal: `≥ ${GOAL}`, met: broniboy.fairRatio.median >= GOAL },
			{ measure: 'Triggers: req/s Broniboy Trigger (valid) / plain Webhook node', value: formatSummary(broniboy.ratio), goal: 'report', met: undefined },
			{ measure: 'Triggers: req/s Botobot Trigger / Webhook node with Header Auth', value: formatSummary(botobot.fairRatio), goal: `≥ ${GOAL}`, met: botobot.fairRatio.median >= GOAL },
			{ measure: 'Triggers: req/s Botobot Trigger / plain Webhook node', value: formatSummary(botobot.ratio), goal: 'report', met: undefined },
			{
				measure: 'Triggers: req/s forged deliveries / Webhook node with Header Auth (refused, no execution)',
				value: formatSummary(forged.fairRatio),
				goal: '≥ 1, no execution',
				met: forged.fairRatio.median >= 1 && forgedExecutions === 0 && refusedAll,
			},
		);
	}
	if (control) {
		headline.push({
			measure: 'Triggers, control run (N8N_EXPRESSION_ENGINE=legacy): Broniboy Trigger (valid) / Webhook node with Header Auth',
			value: formatSummary(control.rows.broniboy.fairRatio),
			goal: 'explains the above',
			met: undefined,
		});
	}
	return { headline, installed, control, forgedExecutions, refusedAll };
}

async function runTriggers({ sandboxes, config, log }) {
	const only = process.env.BENCH_TRIGGER_ENGINES?.split(',');
	const userFolder = runFolder('bench-n8n');
	const results = [];
	try {
		for (const engine of ENGINES.filter((candidate) => !only || only.includes(candidate.id))) {
			const repetitions = engine.id === 'default' ? config.triggers.repetitions : config.triggers.controlRepetitions;
			results.push(await measureEngine({ engine, sandboxes, config, log, userFolder, repetitions }));
		}
	} finally {
		fs.rmSync(userFolder, { recursive: true, force: true });
	}
	const { headline, installed, control, forgedExecutions, refusedAll } = headlineOf(results);
	const { amount, connections, maxSeconds, warmup } = config.triggers;
	const body = [
		`n8n ${config.n8nVersion} started by the project's scripts (our package packed and installed as a community package, SQLite, executions saved), one published workflow per contender holding only its trigger. autocannon: ${amount} POSTs per run over ${connections} connections (stopped after ${maxSeconds} s at most), ${warmup} warm-up requests per scenario first; runs alternate between scenarios, ratios are taken run by run. The Webhook nodes get one body and headers (a unique Hook-Delivery per request; Header Auth checks Hook-HMAC against the body's valid signature), Broniboy Trigger the same order with its own number and signature per request (it knows a delivery by its id and by its signed data); Botobot Trigger gets its secret as \`?secret=\` and a unique order id per request, its Header Auth contender the same secret in a header (the Webhook node has no query-string auth).`,
		'',
		...results.flatMap((result) => [`**${result.engine.label}** — ${result.repetitions} runs of each:`, '', engineTable(result), '']),
		installed
			? `Goal: each trigger ≥ ${GOAL}× the Webhook node with Header Auth — Broniboy ${verdict(headline[0].met)}, Botobot ${verdict(headline[2].met)}. Forged deliveries: ${forgedExecutions === 0 ? 'no forged run started an execution' : `**${forgedExecutions} forged run(s) started executions**`}; all refused: ${verdict(refusedAll)}.`
			: '',
	].join('\n');
	return { title: '4. Triggers under load', headline, body, raw: results.map((result) => result.runs), installed, control };
}

module.exports = { runTriggers };
