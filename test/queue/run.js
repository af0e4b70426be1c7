'use strict';
/**
 * n8n in queue mode, for real (`npm run test:queue`): PostgreSQL and Redis from Debian's packages,
 * n8n's main process, one `n8n webhook` process and two `n8n worker` processes with our packed
 * package, and the API sandboxes. Both triggers' deliveries go through the webhook process (valid,
 * forged, repeated), each service's node runs on the workers, then the bursts of the e2e suite;
 * at the end every execution must have run on a worker. Prints a summary; stops everything.
 *
 * Env: ORDER_SYNC_CACHE (where n8n is cached), E2E_ONLY=<regex> runs only the webhook/burst checks
 * whose names match, QUEUE_KEEP=true keeps the instance folder (logs of every process) for a look.
 */
const fs = require('node:fs');
const path = require('node:path');

const { ensureDevInstall } = require('../../harness/install/devInstall');
const { isWebhookWorkflow, readWorkflows } = require('../../harness/n8n/examples');
const { log } = require('../../harness/log');
const { loadedNodeTypes } = require('../../harness/n8n/nodeTypes');
const { cacheDir, N8N_VERSION } = require('../../harness/paths');
const { freeStablePortRange } = require('../../harness/services/ports');
const { portSpan, startQueueInstance } = require('../../harness/n8n/queueInstance');
const { stopRunning } = require('../../harness/run');
const { startSandboxes } = require('../../harness/services/sandboxProcess');
const { burstWorkflows } = require('../../harness/n8n/burstWorkflows');
const { burstChecks } = require('../e2e/checks/burst');
const { checkTypesLoaded } = require('../e2e/checks/types');
const { repeatChecks } = require('../e2e/checks/repeats');
const { webhookChecks } = require('../e2e/checks/webhooks');
const { Steps } = require('../../harness/runner/expect');
const { checkRanOnWorkers } = require('./workerCheck');
const { checkWorkerSmoke, workerSmokeWorkflow, WORKER_SMOKE_WORKFLOW } = require('./workerSmoke');

const WORKERS = 2;

function printSummary(summary, steps) {
	const passed = steps.results.filter((result) => result.ok && !result.skipped).length;
	const skipped = steps.results.filter((result) => result.skipped).length;
	const burst = summary.burst ?? {};
	const lines = [
		'',
		'════════ queue-mode summary ════════',
		`n8n:                  ${summary.n8nVersion ?? 'unknown'} — main, webhook process, ${WORKERS} workers; PostgreSQL, Redis`,
		`webhook deliveries:   ${summary.webhooks.accepted} accepted (each started one run), ${summary.webhooks.rejected} rejected or ignored (no run)`,
		`Botobot burst:        ${burst.botobot ? `${burst.botobot.orders} callbacks → ${burst.botobot.created} KeyCRM orders, ${burst.botobot.lost} lost, ${burst.botobot.refused} answers 429 (retried)` : 'not run'}`,
		`executions by worker: ${summary.byWorker ? Object.entries(summary.byWorker).map(([name, count]) => `${name} ${count}`).join(', ') : 'not checked'}`,
		`checks:               ${passed} passed, ${steps.failed.length} failed, ${skipped} skipped (${summary.seconds} s)`,
		...steps.results.map((result) => `  ${result.skipped ? '-' : result.ok ? '✔' : '✘'} ${result.name}${result.skipped ? ` — skipped: ${result.skipped}` : ''}`),
	];
	process.stdout.write(`${lines.join('\n')}\n`);
}

async function main() {
	const started = Date.now();
	const steps = new Steps();
	const summary = { workflows: [], webhooks: { accepted: 0, rejected: 0 } };
	const cleanups = [];
	const cleanup = async () => {
		stopRunning();
		for (const step of cleanups.reverse()) await step().catch((error) => log(`cleanup: ${error.message}`));
		cleanups.length = 0;
	};
	for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void cleanup().then(() => process.exit(130)));

	const userFolder = path.join(cacheDir, `queue-n8n-${process.pid}`);
	try {
		fs.rmSync(userFolder, { recursive: true, force: true });
		await ensureDevInstall();
		const port = await freeStablePortRange(portSpan(WORKERS));
		const sandboxes = await startSandboxes({ basePort: 0, echo: false });
		cleanups.push(() => sandboxes.stop());
		const services = sandboxes.services;
		const workflows = [...readWorkflows().filter(isWebhookWorkflow), ...burstWorkflows(), workerSmokeWorkflow()];
		const activate = workflows.filter((workflow) => isWebhookWorkflow(workflow) || workflow.id === WORKER_SMOKE_WORKFLOW).map((workflow) => workflow.id);
		let instance;
		await steps.run(
			`start n8n ${N8N_VERSION} in queue mode (PostgreSQL, Redis, main, webhook process, ${WORKERS} workers) with ${workflows.length} workflows`,
			async () => {
				const starting = startQueueInstance({ userFolder, port, services, workflows, activate, workers: WORKERS });
				// Stop what came up even when the start fails half-way.
				cleanups.push(async () => (await starting.catch(() => undefined))?.stop());
				instance = await starting;
				summary.n8nVersion = (await instance.api.rest('GET', '/settings')).versionCli;
			},
			{ required: true },
		);
		const nodeTypes = await loadedNodeTypes(instance.api);
		const context = { instance, api: instance.api, services, packageDir: instance.packageDir, summary, workflows, nodeTypes, mode: 'queue' };
		// A restart of the process that received the deliveries: its in-memory guard is gone.
		context.restart = () => instance.restart('webhook');
		await steps.run('n8n loads every node and credential type of the package, with icons', () => checkTypesLoaded(context));
		await steps.run("each service's node runs on a worker (a webhook-started workflow)", () => checkWorkerSmoke(context));
		const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY, 'i') : undefined;
		for (const check of [...webhookChecks, ...repeatChecks, ...burstChecks]) {
			const name = `queue: ${check.name}`;
			if (only && !only.test(check.name)) steps.skip(name, 'not selected by E2E_ONLY');
			else await steps.run(name, () => check.run(context));
		}
		await steps.run('every execution ran on a worker, none on the main or webhook process', () => checkRanOnWorkers(context));
	} catch (error) {
		if (!/^Required step failed/.test(error.message)) steps.results.push({ name: 'queue runner', ok: false, error: error.message });
		log(error.message);
	} finally {
		await cleanup();
		if (process.env.QUEUE_KEEP !== 'true') fs.rmSync(userFolder, { recursive: true, force: true });
	}
	summary.seconds = Math.round((Date.now() - started) / 1000);
	printSummary(summary, steps);
	process.exit(steps.failed.length === 0 ? 0 : 1);
}

main();
