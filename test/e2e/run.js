'use strict';
/**
 * End-to-end tests in a real n8n (`npm run test:e2e`): the pinned n8n (installed once into the
 * cache), our packed package in its community-nodes folder, the API sandboxes, and named checks
 * that run workflows and webhooks and read what the sandboxes received. Prints a summary.
 *
 * Env: ORDER_SYNC_CACHE (where n8n is cached), E2E_KEEP=true keeps the instance folder for a look,
 * E2E_ONLY=<regex> runs only the example/webhook/burst checks whose names match (`burst`: the bursts),
 * E2E_ALLOW_MISSING=true
 * skips (instead of failing) a check whose workflow needs a node or operation this build lacks.
 */
const fs = require('node:fs');
const path = require('node:path');

const { ensureDevInstall } = require('../../harness/install/devInstall');
const { readWorkflows, isWebhookWorkflow } = require('../../harness/n8n/examples');
const { startInstance } = require('../../harness/n8n/instance');
const { log } = require('../../harness/log');
const { loadedNodeTypes, missingOperations } = require('../../harness/n8n/nodeTypes');
const { cacheDir, N8N_VERSION } = require('../../harness/paths');
const { freePortRange } = require('../../harness/services/ports');
const { stopRunning } = require('../../harness/run');
const { startSandboxes } = require('../../harness/services/sandboxProcess');
const { burstWorkflows } = require('../../harness/n8n/burstWorkflows');
const { burstChecks } = require('./checks/burst');
const { checkCredentialTests } = require('./checks/credentialTests');
const { edgeChecks } = require('./checks/edges');
const { repeatChecks } = require('./checks/repeats');
const { exampleChecks } = require('./checks/examples');
const { fuzzCheck } = require('./checks/fuzz');
const { keyCrmTriggerChecks } = require('./checks/keycrmTriggers');
const { checkSmokeWorkflow } = require('./checks/smoke');
const { checkTypesLoaded } = require('./checks/types');
const { triggerChecks } = require('./checks/triggers');
const { webhookChecks } = require('./checks/webhooks');
const { Steps } = require('../../harness/runner/expect');

/** Why a check's workflow cannot run in this build (a node type or operation not there yet), if so. */
function unavailable(check, { workflows, nodeTypes }) {
	const workflow = workflows.find((candidate) => candidate.id === check.workflowId);
	if (!workflow) return `workflow ${check.workflowId} not found`;
	const missing = missingOperations(workflow, nodeTypes);
	return missing.length > 0 ? `n8n has no ${missing.join(', ')}` : undefined;
}

function printSummary(summary, steps) {
	const passed = steps.results.filter((result) => result.ok && !result.skipped).length;
	const skipped = steps.results.filter((result) => result.skipped);
	const lines = [
		'',
		'════════ end-to-end summary ════════',
		`n8n version:          ${summary.n8nVersion ?? 'unknown'}`,
		`node types loaded:    ${summary.nodeTypes?.join(', ') ?? 'not checked'}`,
		`credential types:     ${summary.credentialTypes?.join(', ') ?? 'not checked'}`,
		`workflows executed:   ${summary.workflows.length ? summary.workflows.join('; ') : 'none'}`,
		`credential tests:     ${summary.credentialTests ? `${summary.credentialTests.length} types pass with the sandbox's secret, fail with a wrong one` : 'not checked'}`,
		`webhook deliveries:   ${summary.webhooks.accepted} accepted (each started one run), ${summary.webhooks.rejected} rejected or ignored (no run)`,
		`checks:               ${passed} passed, ${steps.failed.length} failed, ${skipped.length} skipped (${summary.seconds} s)`,
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

	// One folder per run: two runs may share a cache (CI and a developer on one machine).
	const userFolder = path.join(cacheDir, `e2e-n8n-${process.pid}`);
	try {
		fs.rmSync(userFolder, { recursive: true, force: true });
		await ensureDevInstall();
		// n8n takes the port and the next; `n8n execute` puts its own task broker on the one after.
		const port = await freePortRange(3);
		const sandboxes = await startSandboxes({ basePort: 0, echo: false });
		cleanups.push(() => sandboxes.stop());
		const services = sandboxes.services;
		const workflows = [...readWorkflows(), ...readWorkflows(path.join(__dirname, 'workflows')), ...burstWorkflows()];
		const startOptions = { userFolder, port, services, workflows, activate: workflows.filter(isWebhookWorkflow).map((workflow) => workflow.id) };
		let instance;
		await steps.run(
			`start n8n ${N8N_VERSION} with the packed package, credentials and ${workflows.length} workflows`,
			async () => {
				instance = await startInstance(startOptions);
				cleanups.push(() => instance.server.stop());
				const settings = await instance.api.rest('GET', '/settings');
				summary.n8nVersion = settings.versionCli;
			},
			{ required: true },
		);
		const nodeTypes = await loadedNodeTypes(instance.api);
		const context = { instance, api: instance.api, services, packageDir: instance.packageDir, summary, workflows, nodeTypes, mode: 'regular' };
		// Stop and start the same n8n on the same folder (its database, its workflows' static data).
		context.restart = async () => {
			await instance.server.stop();
			instance = await startInstance(startOptions);
			Object.assign(context, { instance, api: instance.api });
		};
		await steps.run('n8n loads every node and credential type of the package, with icons', () => checkTypesLoaded(context));
		await steps.run("credential tests pass through n8n's endpoint for the sandbox, fail for a wrong token", () =>
			checkCredentialTests(context),
		);
		await steps.run('workflow: one call to each service (n8n execute --id)', () => checkSmokeWorkflow(context));
		const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY, 'i') : undefined;
		for (const check of [...exampleChecks, ...webhookChecks, ...keyCrmTriggerChecks, ...edgeChecks, fuzzCheck, ...triggerChecks, ...repeatChecks, ...burstChecks]) {
			const missing = unavailable(check, context);
			if (only && !only.test(check.name)) steps.skip(check.name, 'not selected by E2E_ONLY');
			// Every example is part of the product: a missing node or operation fails, unless allowed
			// while the branches that bring them are still on their way.
			else if (missing && process.env.E2E_ALLOW_MISSING === 'true') steps.skip(check.name, missing);
			else if (missing) await steps.run(check.name, () => Promise.reject(new Error(missing)));
			else await steps.run(check.name, () => check.run(context));
		}
	} catch (error) {
		if (!/^Required step failed/.test(error.message)) steps.results.push({ name: 'e2e runner', ok: false, error: error.message });
		log(error.message);
	} finally {
		await cleanup();
		if (process.env.E2E_KEEP !== 'true') fs.rmSync(userFolder, { recursive: true, force: true });
	}
	summary.seconds = Math.round((Date.now() - started) / 1000);
	printSummary(summary, steps);
	process.exit(steps.failed.length === 0 ? 0 : 1);
}

main();
