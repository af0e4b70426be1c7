'use strict';
/** 3. Return All: list requests made vs the fewest possible, ceil(records / largest page). */
const { table, verdict } = require('../lib/markdown');
const { runWorker } = require('../lib/worker');

async function runReturnAll({ node24, config, log }) {
	const cases = config.returnAll.flatMap(({ service, records }) => records.map((count) => ({ service, records: count })));
	const results = await runWorker(node24, { kind: 'returnAll', cases });
	for (const result of results) {
		if (result.error || result.returned !== result.records) throw new Error(`Return All ${result.service} ${result.records}: ${result.error ?? `${result.returned} returned`}`);
		log(`  return all, ${result.label}, ${result.records} records: ${result.requests} requests (minimum ${result.minimum})`);
	}
	const extra = results.filter((result) => result.requests > result.minimum);
	const headline = [
		{
			measure: 'Return All: requests made / minimum (worst case)',
			value: Math.max(...results.map((result) => result.requests / result.minimum)).toFixed(2),
			goal: '1.00',
			met: extra.length === 0,
		},
	];
	const body = [
		`Every record read with Return All from a sandbox holding that many (in-process sandbox, its journal counted; our pacing off, Aplaut's 2 s scroll spacing kept). Minimum = ceil(records / largest page), at least 1. Deterministic, so one run each.`,
		'',
		table(
			['Operation', 'Largest page', 'Records', 'Returned', 'Requests', 'Minimum', ''],
			results.map((result) => [result.label, result.maxPageSize, result.records, result.returned, result.requests, result.minimum, verdict(result.requests <= result.minimum)]),
		),
	].join('\n');
	return { title: '3. Return All', headline, body, raw: results, extra };
}

module.exports = { runReturnAll };
