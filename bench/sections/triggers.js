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
 * Each run is measured twice over the same deliveries: answers/s (what autocannon saw) and finished
 * executions/s (the run's own executions, by the workflow's id, from the first request until the
 * last of them stopped): the triggers answer before their execution starts, so answers alone do
 * not measure the work. The next run starts once they all finished. A repetition in which any
 * contender had connection errors or timeouts, refused a valid delivery, or left executions
 * unfinished is invalid: it is reported and enters no table.
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
const { executionIdsOf, load, runExecutions, sleep, waitForWebhook } = require('../lib/triggerLoad');
const {
	BOTOBOT_NO_MEMORY_WORKFLOW,
	BOTOBOT_SECRET_HEADER,
	BOTOBOT_WORKFLOW,
	BRONIBOY_WORKFLOW,
	PATHS,
	WEBHOOK_WORKFLOW,
	botobotOrder,
	broniboyDelivery,
	createHeaderAuthWebhooks,
	workflows,
} = require('../lib/triggerWorkflows');

const GOAL = 0.9;

const ENGINES = [
	{ id: 'default', label: 'n8n as installed (expression engine "vm")', env: {} },
	{ id: 'legacy', label: 'control: N8N_EXPRESSION_ENGINE=legacy', env: { N8N_EXPRESSION_ENGINE: 'legacy' } },
];

/** Each scenario: where it posts, what, and which row its ratios are taken against. */
function scenarios(port, services, headerAuthIds) {
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
		{ id: 'webhook', label: "n8n's Webhook node, no authentication", url: url(PATHS.plain), workflowId: WEBHOOK_WORKFLOW, ...signed(valid) },
		{ id: 'headerAuthBroniboy', label: "n8n's Webhook node, Header Auth (Hook-HMAC)", url: url(PATHS.headerAuthBroniboy), workflowId: headerAuthIds[PATHS.headerAuthBroniboy], ...signed(valid) },
		{ id: 'broniboy', label: 'Broniboy Trigger, valid signatures', url: url(PATHS.broniboy), workflowId: BRONIBOY_WORKFLOW, ...ownOrders('valid'), fair: 'headerAuthBroniboy' },
		{ id: 'forged', label: 'Broniboy Trigger, forged signatures', url: url(PATHS.broniboy), workflowId: BRONIBOY_WORKFLOW, forged: true, ...ownOrders('wrong'), fair: 'headerAuthBroniboy' },
		{
			id: 'headerAuthBotobot',
			label: "n8n's Webhook node, Header Auth (Botobot secret in a header)",
			url: url(PATHS.headerAuthBotobot),
			workflowId: headerAuthIds[PATHS.headerAuthBotobot],
			...botobot,
			headers: { [BOTOBOT_SECRET_HEADER]: botobotSecret },
		},
		{ id: 'botobot', label: 'Botobot Trigger, secret in the URL', url: url(PATHS.botobot, `?secret=${botobotSecret}`), workflowId: BOTOBOT_WORKFLOW, ...botobot, fair: 'headerAuthBotobot' },
		{
			id: 'botobotNoMemory',
			workflowId: BOTOBOT_NO_MEMORY_WORKFLOW,
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
	const invalid = [];
	let forgedExecutions = 0;
	try {
		const headerAuthIds = await createHeaderAuthWebhooks(instance.api, {
			broniboySignature: broniboyDelivery(services.broniboy.webhookSecret).valid,
			botobotSecret: services.botobot.callbackSecret,
		});
		const list = scenarios(port, services, headerAuthIds);
		for (const scenario of list) if (scenario.id !== 'forged') await waitForWebhook(scenario.url, scenario);
		for (const scenario of list) {
			const known = await executionIdsOf(instance.api, scenario.workflowId);
			const result = await load(scenario.url, { ...scenario, amount: warmup, connections, maxSeconds });
			await runExecutions(instance.api, scenario.workflowId, known, { expected: scenario.forged ? 0 : result['2xx'] });
		}
		for (let repetition = 0; repetition < repetitions; repetition++) {
			const own = {};
			const problems = [];
			for (const scenario of list) {
				const known = await executionIdsOf(instance.api, scenario.workflowId);
				const startedAt = Date.now();
				const result = await load(scenario.url, { ...scenario, amount, connections, maxSeconds });
				// The triggers answer first and run after: wait for this run's own executions.
				const executions = await runExecutions(instance.api, scenario.workflowId, known, { expected: scenario.forged ? 0 : result['2xx'] });
				const run = {
					requestsPerSecond: (result['2xx'] + result.non2xx) / result.duration,
					executionsPerSecond: executions.finished > 0 ? executions.finished / ((executions.lastStoppedAt - startedAt) / 1000) : 0,
					executions: executions.started,
					p50: result.latency.p50,
					p99: result.latency.p99,
					ok: result['2xx'],
					refused: result.non2xx,
					errors: result.errors + result.timeouts,
				};
				if (scenario.forged && executions.started > 0) forgedExecutions++;
				if (run.errors > 0) problems.push(`${scenario.id}: ${run.errors} connection errors or timeouts`);
				if (!scenario.forged && run.refused > 0) problems.push(`${scenario.id}: ${run.refused} valid deliveries refused`);
				if (!scenario.forged && executions.finished < run.ok) problems.push(`${scenario.id}: ${run.ok - executions.finished} of ${run.ok} executions unfinished`);
				own[scenario.id] = run;
				log(
					`  triggers (${engine.id}), ${scenario.id} #${repetition + 1}: ${run.requestsPerSecond.toFixed(1)} answers/s, ${run.executionsPerSecond.toFixed(1)} executions/s (${executions.finished} of ${executions.started} finished), p50 ${run.p50} ms, p99 ${run.p99} ms, ${run.ok} 2xx, ${run.refused} refused, ${run.errors} errors`,
				);
			}
			if (problems.length > 0) {
				invalid.push({ repetition: repetition + 1, problems });
				log(`  triggers (${engine.id}) #${repetition + 1} is invalid: ${problems.join('; ')}`);
				continue;
			}
			for (const [id, run] of Object.entries(own)) (runs[id] ??= []).push(run);
		}
		if (Object.keys(runs).length === 0) return { engine, rows: undefined, runs, invalid, forgedExecutions, repetitions };
		const rate = (id) => runs[id].map((run) => run.requestsPerSecond);
		const executionRate = (id) => runs[id].map((run) => run.executionsPerSecond);
		const rows = Object.fromEntries(
			list.map((scenario) => [
				scenario.id,
				{
					scenario,
					rps: summary(rate(scenario.id)),
					ratio: pairedRatios(rate(scenario.id), rate('webhook')),
					fairRatio: scenario.fair ? pairedRatios(rate(scenario.id), rate(scenario.fair)) : undefined,
					executionsPerSecond: summary(executionRate(scenario.id)),
					fairExecutionRatio: scenario.fair && !scenario.forged ? pairedRatios(executionRate(scenario.id), executionRate(scenario.fair)) : undefined,
					p50: summary(runs[scenario.id].map((run) => run.p50)),
					p99: summary(runs[scenario.id].map((run) => run.p99)),
					ok: summary(runs[scenario.id].map((run) => run.ok)),
					refused: summary(runs[scenario.id].map((run) => run.refused)),
				},
			]),
		);
		return { engine, rows, runs, invalid, forgedExecutions, repetitions };
	} finally {
		await instance.stop();
	}
}

function engineTable(result) {
	if (!result.rows) return 'No valid run: every repetition was invalid (above).';
	return table(
		['Scenario', 'Answers/s', '÷ Webhook + Header Auth', 'Finished executions/s', '÷ Webhook + Header Auth (executions)', '÷ plain Webhook (answers)', 'p50 latency, ms', 'p99 latency, ms', '2xx answers', 'Refused (non-2xx)'],
		Object.values(result.rows).map((row) => [
			row.scenario.label,
			formatSummary(row.rps, 1),
			row.fairRatio ? formatSummary(row.fairRatio) : '',
			row.scenario.forged ? '(none: refused)' : formatSummary(row.executionsPerSecond, 1),
			row.fairExecutionRatio ? formatSummary(row.fairExecutionRatio) : '',
			row.scenario.id === 'webhook' ? '1' : formatSummary(row.ratio),
			formatSummary(row.p50, 0),
			formatSummary(row.p99, 0),
			formatSummary(row.ok, 0),
			formatSummary(row.refused, 0),
		]),
	);
}

function headlineOf(results) {
	const installed = results.find((result) => result.engine.id === 'default' && result.rows);
	const control = results.find((result) => result.engine.id === 'legacy' && result.rows);
	const forgedExecutions = results.reduce((sum, result) => sum + result.forgedExecutions, 0);
	const refusedAll = results.every((result) => !result.rows || result.rows.forged.ok.max === 0);
	const headline = [];
	const invalidDefault = results.find((result) => result.engine.id === 'default' && !result.rows);
	if (invalidDefault) headline.push({ measure: 'Triggers: a valid run (no contender erred)', value: 'none', goal: 'all runs valid', met: false });
	if (installed) {
		const { broniboy, botobot, forged } = installed.rows;
		headline.push(
			{ measure: 'Triggers: req/s Broniboy Trigger (valid) / Webhook node with Header Auth', value: formatSummary(broniboy.fairRatio), goal: `≥ ${GOAL}`, met: broniboy.fairRatio.median >= GOAL },
			{ measure: 'Triggers: finished executions/s Broniboy Trigger / Webhook node with Header Auth', value: formatSummary(broniboy.fairExecutionRatio), goal: 'report', met: undefined },
			{ measure: 'Triggers: finished executions/s Botobot Trigger / Webhook node with Header Auth', value: formatSummary(botobot.fairExecutionRatio), goal: 'report', met: undefined },
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
		...results.flatMap((result) => [
			`**${result.engine.label}** — ${result.repetitions} runs of each${result.invalid.length ? `, ${result.invalid.length} invalid and left out (${result.invalid.map((entry) => `#${entry.repetition}: ${entry.problems.join('; ')}`).join(' — ')})` : ''}:`,
			'',
			engineTable(result),
			'',
		]),
		installed
			? `Goal: each trigger ≥ ${GOAL}× the Webhook node with Header Auth in answers/s — Broniboy ${verdict(installed.rows.broniboy.fairRatio.median >= GOAL)}, Botobot ${verdict(installed.rows.botobot.fairRatio.median >= GOAL)}. Finished executions/s count the run's own executions (by workflow id) from its first request until the last stopped. Forged deliveries, checked against the Broniboy workflow's executions of each forged run only: ${forgedExecutions === 0 ? 'no forged run started an execution' : `**${forgedExecutions} forged run(s) started executions**`}; all refused: ${verdict(refusedAll)}.`
			: 'No valid run of n8n as installed: no ratio is reported.',
	].join('\n');
	return { title: '4. Triggers under load', headline, body, raw: results.map((result) => result.runs), installed, control };
}

module.exports = { runTriggers };
