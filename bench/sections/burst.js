'use strict';
/**
 * 6. A burst of webhook-started executions on one KeyCRM key: N Botobot callbacks at once into
 * example 1 (Botobot Trigger → KeyCRM Create Order → Botobot Update Status), the KeyCRM sandbox
 * allowing L requests per window and the node's Request Options set to the same pace (every worker
 * at the full limit, as a user sets it once). Regular mode (one n8n process, SQLite) and queue mode
 * (PostgreSQL, Redis, main + 2 webhook processes behind nginx + 2 or 4 workers); on each instance one burst with the
 * sandbox's rate-limit headers and one without them (only Retry-After on a 429).
 *
 * Each order asks KeyCRM twice (the look-up by Source UUID, then the create). Pace (the goal): L ÷
 * the mean time from each accepted request to the L-th after it, ÷ the allowed rate — how full each
 * window is. Overall, as in section 1: the requests accepted after the first window's L over the
 * time from the first to the last accepted one, ÷ the allowed rate; it also counts how the first
 * window's requests were spread by n8n starting the executions, which a pacer that must assume a
 * sliding window at the service repeats in every window after. 429 share: refused ÷ all the burst's requests,
 * over the whole burst and its second half. Time to the last order ÷ the floor (what the limit
 * allows for two requests per order: the first window's L at once, then L per window). Lost:
 * callbacks without an order.
 */
const fs = require('node:fs');
const path = require('node:path');

const { burstOutcome } = require('../../harness/n8n/burstOutcome');
const { BURST_BOTOBOT_WORKFLOW, burstBotobotWorkflow } = require('../../harness/n8n/burstWorkflows');
const { executionIds, newExecutionsSince, sendBotobotCallback } = require('../../harness/n8n/deliveries');
const { loadedNodeTypes } = require('../../harness/n8n/nodeTypes');
const { root } = require('../../harness/paths');
const { runFolder, startN8nInstance } = require('../../harness/runner/instance');
const { control } = require('../../harness/services/sandboxProcess');
const { sampleBotobotOrderOf } = require('../../sandboxes/samples');
const { table, verdict } = require('../lib/markdown');

const GOALS = { regular: 0.95, queue: 0.85, secondHalfRefused: 0.05 };

const MODES = [
	{ id: 'regular', mode: 'regular', workers: 0, label: 'Regular (one process, SQLite)' },
	{ id: 'queue-2', mode: 'queue', workers: 2, label: 'Queue, 2 workers' },
	{ id: 'queue-4', mode: 'queue', workers: 4, label: 'Queue, 4 workers' },
];

const HEADERS = [
	{ id: 'headers', label: 'with rate-limit headers', rateLimit: {} },
	{ id: 'no-headers', label: 'without (Retry-After only)', rateLimit: { withoutCountHeaders: true } },
];

async function startMode(mode, { sandboxes, workflow }) {
	const userFolder = runFolder(`bench-burst-${mode.id}`);
	const instance = await startN8nInstance({ mode: mode.mode, workers: mode.workers || 2, userFolder, services: sandboxes.services, workflows: [workflow], activate: [workflow.id] });
	const stop = async () => {
		await instance.stop();
		fs.rmSync(userFolder, { recursive: true, force: true });
	};
	return { instance, stop };
}

async function measureBurst(context, { sandboxes, config, headers, firstId }) {
	const { count, limit, windowMs } = config.burst;
	const keyCrm = sandboxes.services.keyCrm.baseUrl;
	await control(keyCrm, 'reset');
	await control(sandboxes.services.botobot.baseUrl, 'reset');
	await control(keyCrm, 'rate-limit', { limit, windowMs, ...headers.rateLimit });
	try {
		const known = await executionIds(context.instance.api, BURST_BOTOBOT_WORKFLOW);
		// Distinct orders per burst: the trigger remembers what it saw.
		const orderIds = Array.from({ length: count }, (_, index) => firstId + index);
		const orders = orderIds.map((id) => sampleBotobotOrderOf(2, { id }));
		const answers = await Promise.all(orders.map((order) => sendBotobotCallback(context, BURST_BOTOBOT_WORKFLOW, order)));
		const executions = await newExecutionsSince(context.instance.api, BURST_BOTOBOT_WORKFLOW, known, count, { timeoutMs: 600000, quietMs: 2000 });
		const journal = await control(keyCrm, 'journal');
		// The raw journal, for a look at the pace window by window (bench/out/ is not committed).
		const out = path.join(root, 'bench', 'out');
		fs.mkdirSync(out, { recursive: true });
		fs.writeFileSync(path.join(out, `burst-${context.modeId}-${headers.id}.json`), JSON.stringify(journal.map(({ at, method, status, query, body }) => ({ at, method, status, uuid: body?.source_uuid ?? query?.['filter[source_uuid]'] }))));
		const outcome = burstOutcome(journal, orderIds, { requests: limit, windowMs });
		return {
			...outcome,
			lost: outcome.lost.length,
			failedExecutions: executions.filter((execution) => execution.status !== 'success').length,
			refusedCallbacks: answers.filter((answer) => answer.status !== 200).length,
			floorRatio: outcome.lastOrderMs / outcome.floorMs,
		};
	} finally {
		await control(keyCrm, 'rate-limit', {});
	}
}

async function measureMode(mode, { sandboxes, config, log, run }) {
	const { limit, windowMs } = config.burst;
	const workflow = burstBotobotWorkflow({ requests: limit, periodSeconds: windowMs / 1000 });
	const { instance, stop } = await startMode(mode, { sandboxes, workflow });
	try {
		const context = { modeId: mode.id, instance, services: sandboxes.services, workflows: [workflow], nodeTypes: await loadedNodeTypes(instance.api) };
		const results = [];
		for (const [index, headers] of HEADERS.entries()) {
			const result = await measureBurst(context, { sandboxes, config, headers, firstId: 70000 + (2 * run + index) * 1000 });
			log(
				`  burst, ${mode.id}, ${headers.id}: ${result.created} orders, ${result.lost} lost, ${result.refused} answers 429 (${(100 * result.refusedShare).toFixed(1)} %, second half ${(100 * result.refusedShareSecondHalf).toFixed(1)} %), pace ${result.steadyRatio.toFixed(3)}, overall ${result.rateRatio.toFixed(3)}, first window spread ${(result.firstWindowSpreadMs / 1000).toFixed(1)} s, last order ${(result.lastOrderMs / 1000).toFixed(1)} s ÷ floor ${result.floorMs / 1000} s`,
			);
			results.push({ mode, headers, ...result });
		}
		return results;
	} finally {
		await stop();
	}
}

const percent = (share) => `${(100 * share).toFixed(1)} %`;
const ratio = (value, digits = 3) => (Number.isFinite(value) ? value.toFixed(digits) : '—');

async function runBurst({ sandboxes, config, log }) {
	const { count, limit, windowMs } = config.burst;
	const results = [];
	for (const [run, mode] of MODES.entries()) {
		if (config.burst.modes && !config.burst.modes.includes(mode.id)) continue;
		results.push(...(await measureMode(mode, { sandboxes, config, log, run })));
	}
	const perMinute = (limit * 60000) / windowMs;
	const headline = results.flatMap((result) => {
		const where = `Burst, ${result.mode.label.toLowerCase()}, ${result.headers.label}`;
		const goal = result.mode.mode === 'regular' ? GOALS.regular : GOALS.queue;
		return [
			{ measure: `${where}: pace ÷ limit (KeyCRM requests per window)`, value: ratio(result.steadyRatio), goal: `≥ ${goal}`, met: result.steadyRatio >= goal },
			{ measure: `${where}: overall requests/min ÷ limit`, value: ratio(result.rateRatio), goal: 'report', met: undefined },
			{
				measure: `${where}: 429 share, second half`,
				value: percent(result.refusedShareSecondHalf),
				goal: `≤ ${percent(GOALS.secondHalfRefused)}`,
				met: result.refusedShareSecondHalf <= GOALS.secondHalfRefused,
			},
			{ measure: `${where}: lost orders`, value: String(result.lost), goal: '0', met: result.lost === 0 },
		];
	});
	const body = [
		`${count} Botobot callbacks sent at once into example 1; KeyCRM allows ${limit} requests per ${windowMs / 1000} s (${perMinute} requests/min; each order takes two: the look-up by Source UUID and the create), the KeyCRM node's Request Options are set to the same on every process (no share per worker configured). One n8n per mode (fresh), one burst with and one without the sandbox's X-RateLimit-* headers on it.`,
		'',
		table(
			['Mode', 'Rate-limit headers', 'Pace ÷ limit', 'Overall requests/min ÷ limit', 'First window spread', '429 share (whole / second half)', 'KeyCRM orders', 'Lost', 'Failed executions', 'Last order ÷ floor'],
			results.map((result) => [
				result.mode.label,
				result.headers.label,
				ratio(result.steadyRatio),
				ratio(result.rateRatio),
				`${(result.firstWindowSpreadMs / 1000).toFixed(1)} s`,
				`${percent(result.refusedShare)} / ${percent(result.refusedShareSecondHalf)} (${result.refused} of ${result.requests})`,
				result.created,
				result.lost,
				result.failedExecutions,
				`${ratio(result.floorRatio, 2)} (${(result.lastOrderMs / 1000).toFixed(1)} s ÷ ${result.floorMs / 1000} s)`,
			]),
		),
		'',
		`Goals: pace ÷ limit ≥ ${GOALS.regular} in regular mode and ≥ ${GOALS.queue} in queue mode, a 429 share ≤ ${percent(GOALS.secondHalfRefused)} in the burst's second half, 0 lost — ${verdict(headline.every((row) => row.met !== false))}. The overall figure is lower by what the first window's spread costs: n8n took that long to start the burst's executions, and the pacer, which cannot know that KeyCRM counts fixed windows, keeps that spread in every later window (a sliding window at the service would refuse anything faster). In queue mode each worker paces on its own: the service's answers (its headers, else its 429s) bring them to a share each; 429s while they meet are expected, lost orders are not.`,
	].join('\n');
	return { title: '6. A burst of webhook-started executions at the limit', headline, body, raw: results };
}

module.exports = { runBurst };
