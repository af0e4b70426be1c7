'use strict';
/** 5. Memory: peak RSS of the engine process running many items, our node vs HTTP Request. */
const { table } = require('../lib/markdown');
const { httpNode, keyCrmOperation, ourNode } = require('../lib/nodes');
const { formatSummary, pairedRatios, summary } = require('../lib/stats');
const { measureItems } = require('./overhead');

async function runMemory({ node24, sandboxes, config, available, log }) {
	// KeyCRM's sandbox stores an order in O(1); Aplaut's looks orders up by number, which makes
	// 10,000 creates sandbox-bound and the run slow without telling more about memory.
	const operation = keyCrmOperation(available);
	const { count, repetitions, parallel } = config.memory;
	const service = sandboxes.services[operation.service];
	const list = [
		{ id: 'http', label: 'HTTP Request, default settings', node: httpNode(operation, service) },
		{ id: 'ours', label: `Our node, Parallel Requests ${parallel}`, node: ourNode(operation, { parallel }) },
	];
	const runs = await measureItems({ node24, sandboxes, operation, list, count, repetitions, warmup: 0, log, tag: 'memory' });
	const rows = list.map((contender) => {
		const own = runs[contender.id];
		return {
			contender,
			peak: summary(own.map((run) => run.peakRssMb)),
			growth: summary(own.map((run) => run.peakRssMb - run.rssBeforeMb)),
			ratio: pairedRatios(own.map((run) => run.peakRssMb), runs.http.map((run) => run.peakRssMb)),
			failed: summary(own.map((run) => run.failed)),
		};
	});
	const ours = rows[1];
	const headline = [{ measure: `Memory: peak RSS ours / HTTP Request, ${count} items`, value: formatSummary(ours.ratio), goal: 'report (lower is better)', met: undefined }];
	const body = [
		`${operation.label}: ${count} items, one fresh process per run (both load the same modules: our package and n8n-nodes-base's HTTP Request); peak RSS from the OS (maxRSS), growth = peak − RSS just before the run; ${repetitions} runs of each.`,
		'',
		table(
			['Contender', 'Peak RSS, MB', 'Growth during the run, MB', 'Peak ÷ HTTP Request', 'Failed items'],
			rows.map((row) => [
				row.contender.label,
				formatSummary(row.peak, 0),
				formatSummary(row.growth, 0),
				row.contender.id === 'http' ? '1' : formatSummary(row.ratio),
				formatSummary(row.failed, 0),
			]),
		),
	].join('\n');
	return { title: '5. Memory', headline, body, raw: runs };
}

module.exports = { runMemory };
