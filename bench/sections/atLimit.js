'use strict';
/**
 * 1. At the limit: 3N items against a sandbox allowing N requests per window. Our node paced to the
 * limit vs HTTP Request with its defaults and with batching set to the limit.
 *
 * Pace (the goal): N ÷ the mean time from each accepted request to the N-th after it, ÷ the allowed
 * rate: how full each window is. Overall: the requests the sandbox accepted after the first window's
 * N, over the time from the first to the last accepted one; it also counts how long the first
 * window's requests took to go out (one at a time, by default: N round trips), which a pacer that
 * must assume a sliding window repeats in each later window. A client using every window fully
 * scores 1.0 on both when it sends each window's N at once.
 */
const { paceRatios } = require('../../harness/n8n/burstOutcome');
const { table, verdict } = require('../lib/markdown');
const { credentialsFor, httpNode, keyCrmOperation, ourNode } = require('../lib/nodes');
const { formatSummary, summary } = require('../lib/stats');
const { runWorker } = require('../lib/worker');

const RATE_GOAL = 0.95;

function contenders(operation, keyCrm, rate) {
	return [
		{ id: 'ours', label: 'Our node, paced to N per window', node: ourNode(operation, { rate }) },
		{ id: 'httpDefault', label: 'HTTP Request, default settings', node: httpNode(operation, keyCrm) },
		{
			id: 'httpBatched',
			label: `HTTP Request, batching ${rate.limit} items per ${rate.windowMs / 1000} s`,
			node: httpNode(operation, keyCrm, { batch: { size: rate.limit, intervalMs: rate.windowMs } }),
		},
	];
}

function analyse(journal, rate, operation) {
	const own = journal.filter((entry) => entry.method === operation.method);
	const accepted = own.filter((entry) => entry.status >= 200 && entry.status < 300);
	const refused = own.filter((entry) => entry.status === 429).length;
	return { accepted: accepted.length, refused, ...paceRatios(accepted, { requests: rate.limit, windowMs: rate.windowMs }) };
}

async function runAtLimit({ node24, sandboxes, config, available, log }) {
	const rate = { limit: config.atLimit.limit, windowMs: config.atLimit.windowMs };
	const operation = keyCrmOperation(available);
	const keyCrm = sandboxes.services.keyCrm;
	const count = 3 * rate.limit;
	const runs = {};
	for (let repetition = 0; repetition < config.atLimit.repetitions; repetition++) {
		for (const contender of contenders(operation, keyCrm, rate)) {
			const ids = await sandboxes.prepare(operation, { rateLimit: rate });
			const credentials = credentialsFor(operation, sandboxes.services);
			const result = await runWorker(node24, { kind: 'items', node: contender.node, credentials, count, ids });
			const seen = analyse(await sandboxes.journal(operation), rate, operation);
			(runs[contender.id] ??= []).push({ ...result, ...seen });
			log(`  at the limit, ${contender.id} #${repetition + 1}: ${seen.accepted} accepted, ${seen.refused} refused (429), ${result.failed} failed items, pace ${seen.steadyRatio.toFixed(3)}, overall ${seen.rateRatio.toFixed(3)}, ${(result.wallMs / 1000).toFixed(1)} s`);
		}
	}

	const rows = contenders(operation, keyCrm, rate).map((contender) => {
		const list = runs[contender.id];
		return {
			contender,
			rateRatio: summary(list.map((run) => run.rateRatio)),
			steadyRatio: summary(list.map((run) => run.steadyRatio)),
			failed: summary(list.map((run) => run.failed)),
			refused: summary(list.map((run) => run.refused)),
			seconds: summary(list.map((run) => run.wallMs / 1000)),
			sample: list.find((run) => run.failureSample)?.failureSample,
		};
	});
	const ours = rows[0];
	const headline = [
		{
			measure: 'At the limit: pace ÷ allowed rate (requests per window), our node',
			value: formatSummary(ours.steadyRatio, 3),
			goal: `≥ ${RATE_GOAL}`,
			met: ours.steadyRatio.median >= RATE_GOAL,
		},
		{ measure: 'At the limit: overall achieved ÷ allowed rate, our node', value: formatSummary(ours.rateRatio, 3), goal: 'report', met: undefined },
		{ measure: 'At the limit: failed items, our node', value: formatSummary(ours.failed, 0), goal: '0', met: ours.failed.max === 0 },
	];
	const body = [
		`${operation.label}: ${count} items (3N) against the KeyCRM sandbox allowing N = ${rate.limit} requests per ${rate.windowMs / 1000} s window (fixed windows, like Laravel's throttle); ${config.atLimit.repetitions} runs of each, alternating. Every node has "continue on fail" on so failures are counted, not fatal.`,
		'',
		table(
			['Contender', 'Pace ÷ allowed rate', 'Overall ÷ allowed rate', 'Failed items', '429 answers received', 'Run time, s'],
			rows.map((row) => [
				row.contender.label,
				formatSummary(row.steadyRatio, 3),
				formatSummary(row.rateRatio, 3),
				formatSummary(row.failed, 0),
				formatSummary(row.refused, 0),
				formatSummary(row.seconds, 1),
			]),
		),
		'',
		`Goal for our node: pace ≥ ${RATE_GOAL} and 0 failed items — ${verdict(headline[0].met && headline[2].met)}. "—" as a rate: no request got through after the first window (everything was sent at once).`,
		'',
		...rows.filter((row) => row.sample).map((row) => `- ${row.contender.label}, a failed item says: "${row.sample}"`),
	].join('\n');
	return { title: '1. At the limit', headline, body, raw: runs, rows, limit: rate.limit };
}

module.exports = { runAtLimit, analyse };
