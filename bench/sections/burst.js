'use strict';
/**
 * 6. A burst of webhook-started executions on one KeyCRM key: N Botobot callbacks at once into
 * example 1 (Botobot Trigger → KeyCRM Create Order → Botobot Update Status), the KeyCRM sandbox
 * allowing L requests per window and the node's Request Options set to the same pace. Regular mode
 * (one n8n process, SQLite) vs queue mode (PostgreSQL, Redis, main + 2 webhook processes behind nginx + 2 workers).
 *
 * Achieved rate as in section 1: KeyCRM orders accepted after the first window's L, over the time
 * from the first to the last accepted one, ÷ the allowed rate. Lost: callbacks without a KeyCRM order.
 */
const fs = require('node:fs');

const { BURST_BOTOBOT_WORKFLOW, burstBotobotWorkflow } = require('../../harness/n8n/burstWorkflows');
const { executionIds, newExecutionsSince, sendBotobotCallback } = require('../../harness/n8n/deliveries');
const { loadedNodeTypes } = require('../../harness/n8n/nodeTypes');
const { runFolder, startN8nInstance } = require('../../harness/runner/instance');
const { control } = require('../../harness/services/sandboxProcess');
const { sampleBotobotOrderOf } = require('../../sandboxes/samples');
const { table, verdict } = require('../lib/markdown');
const { analyse } = require('./atLimit');

const RATE_GOAL = 0.95;
const WORKERS = 2;

const MODES = [
	{ id: 'regular', label: 'Regular mode (one process, SQLite)' },
	{ id: 'queue', label: `Queue mode (main + 2 webhook processes behind nginx + ${WORKERS} workers, PostgreSQL, Redis)` },
];

async function startMode(mode, { sandboxes, workflow }) {
	const userFolder = runFolder(`bench-burst-${mode.id}`);
	const instance = await startN8nInstance({ mode: mode.id, workers: WORKERS, userFolder, services: sandboxes.services, workflows: [workflow], activate: [workflow.id] });
	const stop = async () => {
		await instance.stop();
		fs.rmSync(userFolder, { recursive: true, force: true });
	};
	return { instance, stop };
}

async function measureMode(mode, { sandboxes, config, log, run }) {
	const { count, limit, windowMs } = config.burst;
	const workflow = burstBotobotWorkflow({ requests: limit, periodSeconds: windowMs / 1000 });
	const { instance, stop } = await startMode(mode, { sandboxes, workflow });
	try {
		const context = { instance, services: sandboxes.services, workflows: [workflow], nodeTypes: await loadedNodeTypes(instance.api) };
		const keyCrm = sandboxes.services.keyCrm.baseUrl;
		await control(keyCrm, 'reset');
		await control(sandboxes.services.botobot.baseUrl, 'reset');
		await control(keyCrm, 'rate-limit', { limit, windowMs });
		const known = await executionIds(instance.api, BURST_BOTOBOT_WORKFLOW);
		// Distinct orders per run: the trigger remembers what it saw.
		const orders = Array.from({ length: count }, (_, index) => sampleBotobotOrderOf(2, { id: 70000 + run * 1000 + index }));
		const started = Date.now();
		const answers = await Promise.all(orders.map((order) => sendBotobotCallback(context, BURST_BOTOBOT_WORKFLOW, order)));
		const executions = await newExecutionsSince(instance.api, BURST_BOTOBOT_WORKFLOW, known, count, { timeoutMs: 600000, quietMs: 2000 });
		const journal = await control(keyCrm, 'journal');
		const operation = { method: 'POST' };
		const posts = journal.filter((entry) => entry.method === 'POST' && entry.path === '/order');
		const accepted = posts.filter((entry) => entry.status === 201);
		const created = new Set(accepted.map((entry) => entry.body.source_uuid));
		// Until KeyCRM accepted the last order (the sandbox runs on this machine: one clock).
		const seconds = ((accepted.length ? accepted[accepted.length - 1].at : Date.now()) - started) / 1000;
		const result = {
			...analyse(posts, { limit, windowMs }, operation),
			lost: orders.filter((order) => !created.has(String(order.id))).length,
			failedExecutions: executions.filter((execution) => execution.status !== 'success').length,
			refusedCallbacks: answers.filter((answer) => answer.status !== 200).length,
			seconds,
		};
		await control(keyCrm, 'rate-limit', {});
		log(`  burst, ${mode.id}: ${result.accepted} orders, ${result.lost} lost, ${result.refused} answers 429, rate ratio ${result.rateRatio.toFixed(3)}, ${seconds.toFixed(1)} s`);
		return result;
	} finally {
		await stop();
	}
}

async function runBurst({ sandboxes, config, log }) {
	const { count, limit, windowMs } = config.burst;
	const results = [];
	for (const [run, mode] of MODES.entries()) results.push({ mode, ...(await measureMode(mode, { sandboxes, config, log, run })) });
	const perMinute = (limit * 60000) / windowMs;
	const headline = results.flatMap((result) => [
		{
			measure: `Burst, ${result.mode.id} mode: orders/min achieved ÷ the limit`,
			value: Number.isFinite(result.rateRatio) ? result.rateRatio.toFixed(3) : '—',
			goal: `≥ ${RATE_GOAL}`,
			met: result.rateRatio >= RATE_GOAL,
		},
		{ measure: `Burst, ${result.mode.id} mode: lost orders`, value: String(result.lost), goal: '0', met: result.lost === 0 },
	]);
	const body = [
		`${count} Botobot callbacks sent at once into example 1; KeyCRM allows ${limit} requests per ${windowMs / 1000} s (${perMinute} orders/min), the KeyCRM node's Request Options are set to the same. One run per mode (each a fresh n8n).`,
		'',
		table(
			['Mode', 'Orders/min ÷ limit', 'KeyCRM orders', 'Lost orders', '429 answers', 'Failed executions', 'Last order after, s'],
			results.map((result) => [
				result.mode.label,
				Number.isFinite(result.rateRatio) ? result.rateRatio.toFixed(3) : '—',
				result.accepted,
				result.lost,
				result.refused,
				result.failedExecutions,
				result.seconds.toFixed(1),
			]),
		),
		'',
		`Goals: rate ratio ≥ ${RATE_GOAL} and 0 lost orders in each mode — regular ${verdict(headline[0].met && headline[1].met)}, queue ${verdict(headline[2].met && headline[3].met)}. In queue mode each worker paces on its own, so the service's answers (rate-limit headers, 429s) are what keeps them together: 429s there are expected, lost orders are not.`,
	].join('\n');
	return { title: '6. A burst of webhook-started executions at the limit', headline, body, raw: results };
}

module.exports = { runBurst };
