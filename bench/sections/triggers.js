'use strict';
/**
 * 4. Triggers under load, in a real n8n with our packed package: Broniboy Trigger with valid
 * signatures vs n8n's plain Webhook node on the same payloads and headers, and forged deliveries
 * (wrong HMAC), which must be refused without starting an execution. autocannon, 127.0.0.1 only,
 * bounded by a request count and a time limit.
 *
 * n8n runs twice: as installed (its "vm" expression engine, the default in 2.x) and with
 * N8N_EXPRESSION_ENGINE=legacy. The second run is the control that shows where the difference
 * between the two triggers comes from (see the findings in RESULTS.md).
 */
const fs = require('node:fs');
const path = require('node:path');

const { startInstance } = require('../../scripts/lib/instance');
const { onCleanup } = require('../lib/cleanup');
const { cacheDir } = require('../../scripts/lib/paths');
const { table, verdict } = require('../lib/markdown');
const { formatSummary, pairedRatios, summary } = require('../lib/stats');
const { delivery, freePortPair, load, newestExecutionId, sleep, waitForWebhook, workflows } = require('../lib/triggerLoad');

const GOAL = 0.9;

const ENGINES = [
	{ id: 'default', label: 'n8n as installed (expression engine "vm")', env: {} },
	{ id: 'legacy', label: 'control: N8N_EXPRESSION_ENGINE=legacy', env: { N8N_EXPRESSION_ENGINE: 'legacy' } },
];

/** n8n's environment is built from ours: set the engine's variables only while it starts. */
async function startWith(env, options) {
	const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
	Object.assign(process.env, env);
	try {
		return await startInstance(options);
	} finally {
		for (const [key, value] of Object.entries(saved)) {
			if (value === undefined) delete process.env[key];
			else process.env[key] = value;
		}
	}
}

async function measureEngine({ engine, sandboxes, config, log, userFolder, repetitions }) {
	const { amount, connections, maxSeconds, warmup } = config.triggers;
	const port = await freePortPair();
	const services = sandboxes.services;
	const flows = workflows();
	const instance = await startWith(engine.env, { userFolder, port, services, workflows: flows, activate: flows.map((flow) => flow.id) });
	const forget = onCleanup(() => instance.server.stop());
	const runs = {};
	let forgedExecutions = 0;
	try {
		const { body, valid, forged } = delivery(services.broniboy.webhookSecret);
		const broniboyUrl = `http://127.0.0.1:${port}/webhook/bench-broniboy/webhook`;
		const plainUrl = `http://127.0.0.1:${port}/webhook/bench-plain`;
		await waitForWebhook(broniboyUrl, body, valid);
		await waitForWebhook(plainUrl, body, valid);
		const scenarios = [
			{ id: 'webhook', label: "n8n's Webhook node", url: plainUrl, signature: valid },
			{ id: 'broniboy', label: 'Broniboy Trigger, valid signatures', url: broniboyUrl, signature: valid },
			{ id: 'forged', label: 'Broniboy Trigger, forged signatures', url: broniboyUrl, signature: forged },
		];
		for (const scenario of scenarios) await load(scenario.url, { body, signature: scenario.signature, amount: warmup, connections, maxSeconds });
		await sleep(2000);
		for (let repetition = 0; repetition < repetitions; repetition++) {
			for (const scenario of scenarios) {
				const before = scenario.id === 'forged' ? await newestExecutionId(instance.api) : undefined;
				const result = await load(scenario.url, { body, signature: scenario.signature, amount, connections, maxSeconds });
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
				log(`  triggers (${engine.id}), ${scenario.id} #${repetition + 1}: ${run.requestsPerSecond.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, ${run.ok} 2xx, ${run.refused} refused, ${run.errors} errors`);
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
		return { engine, rows, runs, forgedExecutions, repetitions };
	} finally {
		forget();
		await instance.server.stop();
	}
}

function engineTable(result) {
	return table(
		['Scenario', 'Requests/s', '÷ Webhook node', 'p50 latency, ms', 'p99 latency, ms', '2xx answers', 'Refused (non-2xx)'],
		result.rows.map((row) => [
			row.scenario.label,
			formatSummary(row.rps, 0),
			row.scenario.id === 'webhook' ? '1' : formatSummary(row.ratio),
			formatSummary(row.p50, 0),
			formatSummary(row.p99, 0),
			formatSummary(row.ok, 0),
			formatSummary(row.refused, 0),
		]),
	);
}

async function runTriggers({ sandboxes, config, log }) {
	const userFolder = path.join(cacheDir, 'bench-n8n');
	fs.rmSync(userFolder, { recursive: true, force: true });
	const results = [];
	try {
		for (const engine of ENGINES) {
			const repetitions = engine.id === 'default' ? config.triggers.repetitions : config.triggers.controlRepetitions;
			results.push(await measureEngine({ engine, sandboxes, config, log, userFolder, repetitions }));
		}
	} finally {
		fs.rmSync(userFolder, { recursive: true, force: true });
	}
	const [installed, control] = results;
	const broniboy = installed.rows[1];
	const forgedRow = installed.rows[2];
	const forgedExecutions = results.reduce((sum, result) => sum + result.forgedExecutions, 0);
	const refusedAll = results.every((result) => result.rows[2].ok.max === 0);
	const headline = [
		{ measure: 'Triggers: req/s Broniboy Trigger (valid) / Webhook node', value: formatSummary(broniboy.ratio), goal: `≥ ${GOAL}`, met: broniboy.ratio.median >= GOAL },
		{
			measure: 'Triggers: req/s forged deliveries / Webhook node (refused, no execution)',
			value: formatSummary(forgedRow.ratio),
			goal: '> 1, no execution',
			met: forgedRow.ratio.median > 1 && forgedExecutions === 0 && refusedAll,
		},
		{
			measure: 'Triggers, control run (N8N_EXPRESSION_ENGINE=legacy): Broniboy Trigger (valid) / Webhook node',
			value: formatSummary(control.rows[1].ratio),
			goal: 'explains the above',
			met: undefined,
		},
	];
	const { amount, connections, maxSeconds, warmup } = config.triggers;
	const body = [
		`n8n ${config.n8nVersion} started by the project's scripts (our package packed and installed as a community package, SQLite, executions saved), two published workflows holding only the trigger. autocannon: ${amount} POSTs per run over ${connections} connections (stopped after ${maxSeconds} s at most), the same body and headers for all (a unique Hook-Delivery per request), ${warmup} warm-up requests per scenario first; runs alternate between scenarios.`,
		'',
		...results.flatMap((result) => [`**${result.engine.label}** — ${result.repetitions} runs of each:`, '', engineTable(result), '']),
		`Goal: Broniboy Trigger ≥ ${GOAL}× the Webhook node — ${verdict(headline[0].met)}. Forged deliveries: ${forgedExecutions === 0 ? 'no forged run started an execution' : `**${forgedExecutions} forged run(s) started executions**`}; all refused: ${verdict(refusedAll)}.`,
	].join('\n');
	return { title: '4. Triggers under load', headline, body, raw: results.map((result) => result.runs), installed, control };
}

module.exports = { runTriggers };
