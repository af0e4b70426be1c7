'use strict';
// Where executions ran in queue mode: n8n 2.41.1 records no worker in the execution itself, but each
// worker logs "Worker finished execution <id>" for the jobs it ran (scaling/job-processor).
const { expect } = require('../../harness/runner/expect');

async function allExecutionIds(api) {
	const ids = [];
	let cursor;
	do {
		const page = await api.publicApi('GET', `/executions?includeData=false&limit=250${cursor ? `&cursor=${cursor}` : ''}`);
		ids.push(...page.data.filter((execution) => !['new', 'running'].includes(execution.status)).map((execution) => String(execution.id)));
		cursor = page.nextCursor;
	} while (cursor);
	return ids;
}

async function checkRanOnWorkers({ api, instance, summary }) {
	const ids = await allExecutionIds(api);
	expect(ids.length > 0, 'executions were made');
	const byExecution = instance.executionsByWorker();
	const elsewhere = ids.filter((id) => !byExecution.has(id));
	expect(elsewhere.length === 0, `${elsewhere.length} of ${ids.length} executions ran on no worker`, elsewhere.slice(0, 20));
	const byWorker = {};
	for (const id of ids) byWorker[byExecution.get(id)] = (byWorker[byExecution.get(id)] ?? 0) + 1;
	summary.byWorker = byWorker;
	process.stdout.write(`  ${ids.length} executions: ${Object.entries(byWorker).map(([name, count]) => `${count} on ${name}`).join(', ')}\n`);
	const idle = instance.processes.filter((proc) => proc.name.startsWith('worker') && !byWorker[proc.name]).map((proc) => proc.name);
	expect(idle.length === 0 || ids.length < 10, `workers that ran nothing: ${idle.join(', ')}`, byWorker);
}

module.exports = { checkRanOnWorkers };
