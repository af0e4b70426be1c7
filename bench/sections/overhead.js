'use strict';
/**
 * 2. Per-item overhead: many items against an unlimited sandbox, our node vs HTTP Request sending the
 * same requests in the same engine. Wall time gives items/s; the process's CPU time per item is the
 * steadier figure on a shared machine (it does not count time spent waiting for the sandbox).
 */
const { table, verdict } = require('../lib/markdown');
const { credentialsFor, httpNode, ourNode, overheadOperation } = require('../lib/nodes');
const { formatSummary, pairedRatios, summary } = require('../lib/stats');
const { runWorker } = require('../lib/worker');

const GOAL = 1.0;

function contenders(operation, service, parallel, diagnosticParallel) {
	return [
		{ id: 'http', label: 'HTTP Request, default settings (all items at once)', node: httpNode(operation, service) },
		{ id: 'oursSerial', label: 'Our node, default settings (1 request at a time)', node: ourNode(operation, {}) },
		{ id: 'oursParallel', label: `Our node, Parallel Requests ${parallel}`, node: ourNode(operation, { parallel }) },
		{
			id: 'oursDeep',
			label: `Our node, Parallel Requests ${diagnosticParallel} (above the UI's maximum of 20; diagnostic)`,
			node: ourNode(operation, { parallel: diagnosticParallel }),
		},
	];
}

/** Runs each contender `repetitions` times, alternating, on a fresh sandbox state each time. */
async function measureItems({ node24, sandboxes, operation, list, count, repetitions, warmup, log, tag }) {
	const runs = {};
	const credentials = credentialsFor(operation, sandboxes.services);
	for (let repetition = 0; repetition < repetitions; repetition++) {
		for (const contender of list) {
			const ids = await sandboxes.prepare(operation);
			const result = await runWorker(node24, { kind: 'items', node: contender.node, credentials, count, ids, warmup });
			if (result.runError) throw new Error(`${contender.id}: ${result.runError}`);
			(runs[contender.id] ??= []).push({ ...result, itemsPerSecond: count / (result.wallMs / 1000), cpuMsPerItem: result.cpuMs / count });
			log(`  ${tag}, ${contender.id} #${repetition + 1}: ${(count / (result.wallMs / 1000)).toFixed(0)} items/s, ${(result.cpuMs / count).toFixed(2)} ms CPU/item, peak RSS ${result.peakRssMb.toFixed(0)} MB${result.failed ? `, ${result.failed} FAILED items (${result.failureSample})` : ''}`);
		}
	}
	return runs;
}

async function runOverhead({ node24, sandboxes, config, available, log }) {
	const operation = overheadOperation(available);
	const { count, repetitions, parallel, diagnosticParallel, warmup } = config.overhead;
	const list = contenders(operation, sandboxes.services[operation.service], parallel, diagnosticParallel);
	const runs = await measureItems({ node24, sandboxes, operation, list, count, repetitions, warmup, log, tag: 'overhead' });
	const http = runs.http;
	const rows = list.map((contender) => {
		const own = runs[contender.id];
		return {
			contender,
			itemsPerSecond: summary(own.map((run) => run.itemsPerSecond)),
			ratio: pairedRatios(own.map((run) => run.itemsPerSecond), http.map((run) => run.itemsPerSecond)),
			cpu: summary(own.map((run) => run.cpuMsPerItem)),
			cpuRatio: pairedRatios(http.map((run) => run.cpuMsPerItem), own.map((run) => run.cpuMsPerItem)),
			credentialReads: summary(own.map((run) => run.credentialReadsPerItem)),
			failed: summary(own.map((run) => run.failed)),
			expressions: summary(own.map((run) => run.expressionsPerItem)),
		};
	});
	const [, serial, parallelRow] = rows;
	const headline = [
		{
			measure: `Per-item overhead: items/s ours (Parallel Requests ${parallel}) / HTTP Request`,
			value: formatSummary(parallelRow.ratio),
			goal: `≥ ${GOAL.toFixed(1)}`,
			met: parallelRow.ratio.median >= GOAL,
		},
		{
			measure: 'Per-item overhead: items/s ours (default, 1 at a time) / HTTP Request',
			value: formatSummary(serial.ratio),
			goal: `≥ ${GOAL.toFixed(1)}`,
			met: serial.ratio.median >= GOAL,
		},
	];
	const body = [
		`${operation.label}: ${count} items against the ${operation.service === 'aplaut' ? 'Aplaut' : 'KeyCRM'} sandbox without a rate limit (our pacing off: "Max Requests per Period" 0), in n8n's WorkflowExecute, one fresh process per run after a ${warmup}-item warm-up; ${repetitions} runs of each, alternating. Ratios are taken run by run against the HTTP Request run next to it.`,
		'',
		table(
			['Contender', 'Items/s', 'Items/s ÷ HTTP Request', 'CPU ms per item', 'CPU efficiency vs HTTP Request (its CPU ÷ ours)', 'Expressions evaluated per item', 'Credential reads per item', 'Failed items'],
			rows.map((row) => [
				row.contender.label,
				formatSummary(row.itemsPerSecond, 0),
				row.contender.id === 'http' ? '1' : formatSummary(row.ratio),
				formatSummary(row.cpu, 2),
				row.contender.id === 'http' ? '1' : formatSummary(row.cpuRatio),
				formatSummary(row.expressions, 1),
				formatSummary(row.credentialReads, 1),
				formatSummary(row.failed, 0),
			]),
		),
		'',
		"Counted in the same runs: n8n expression evaluations (each `{{ }}` in a parameter builds a data proxy and a global context with the workflow's time zone) and credential reads (cheap in this harness, but in a real n8n 2.x each is a database query, a decryption and an expression isolate, see section 4).",
		'',
		`Goal: items/s ratio ≥ ${GOAL.toFixed(1)} — Parallel Requests ${parallel}: ${verdict(headline[0].met)}; default: ${verdict(headline[1].met)}.`,
	].join('\n');
	return { title: '2. Per-item overhead', headline, body, raw: runs, rows, parallel, diagnosticParallel };
}

module.exports = { runOverhead, measureItems };
