'use strict';
// The one runner of the real-n8n suites (end to end, queue mode, editor): the start-up (dev install,
// sandboxes, n8n in either mode), the checks one by one, the selection by environment, the summary,
// and the cleanup on every way out. A suite is data: its options and its list of checks.
const fs = require('node:fs');

const { ensureDevInstall } = require('../install/devInstall');
const { log } = require('../log');
const { isWebhookWorkflow } = require('../n8n/examples');
const { loadedNodeTypes, missingOperations } = require('../n8n/nodeTypes');
const { N8N_VERSION } = require('../paths');
const { startSandboxes } = require('../services/sandboxProcess');
const { cleanupAll, cleanUpOnSignals, onCleanup, stopAfter } = require('./cleanup');
const { runFolder, startN8nInstance } = require('./instance');
const { Steps } = require('./steps');
const { printSummary } = require('./summary');

/** `E2E_ONLY=<regex>` style: the checks whose names match (case-insensitive) run, the rest are listed as skipped. */
const matchingRegex = (env) => ({ env, matches: (value, name) => new RegExp(value, 'i').test(name) });

/** Why a check's workflow cannot run in this build (a node type or operation not there yet), if so. */
function unavailable(workflowId, workflows, nodeTypes) {
	const workflow = workflows.find((candidate) => candidate.id === workflowId);
	if (!workflow) return `workflow ${workflowId} not found`;
	const missing = missingOperations(workflow, nodeTypes);
	return missing.length > 0 ? `n8n has no ${missing.join(', ')}` : undefined;
}

/**
 * Each check: `{ name, run(context), workflowId?, always?, selectName?, skip? }`. `always`: not
 * subject to the selection; `selectName`: the name the selection reads (default `name`); `skip`: a
 * reason to list it as skipped. A check whose workflow needs what this build lacks fails, or is
 * skipped with E2E_ALLOW_MISSING=true while the branches that bring it are still on their way.
 */
async function runChecks(suite, steps, context, nodeTypes) {
	const selected = suite.only && process.env[suite.only.env];
	for (const check of await suite.checks(context)) {
		if (selected && !check.always && !suite.only.matches(selected, check.selectName ?? check.name)) {
			if (!suite.only.omit) steps.skip(check.name, `not selected by ${suite.only.env}`);
			continue;
		}
		if (check.skip) {
			steps.skip(check.name, check.skip);
			continue;
		}
		const missing = check.workflowId && unavailable(check.workflowId, context.workflows, nodeTypes);
		if (missing && process.env.E2E_ALLOW_MISSING === 'true') steps.skip(check.name, missing);
		else if (missing) await steps.run(check.name, () => Promise.reject(new Error(missing)));
		else if (!(await steps.run(check.name, () => check.run(context)))) await suite.onFailure?.(context, steps);
	}
}

/**
 * Runs a suite and exits (0 when no check failed). Options:
 *   name, title       `<name> runner` names a failure of the start-up; the summary is `<title> summary`
 *   folder, keepEnv   n8n's folder `<cache>/<folder>-<pid>`, removed at the end unless `$keepEnv` is 'true'
 *   mode, workers     'regular' (default) or 'queue' (PostgreSQL, Redis, main, webhook process, workers)
 *   prepare()         before anything starts (the editor suite: a missing browser fails in seconds)
 *   ports()           `{ n8n, sandboxes }` wanted (default: free ones)
 *   seedDemo          the sandboxes' demo records, as `npm start` has them
 *   workflows()       to import; `activate(workflows)`: the ids to publish (default: the webhook ones)
 *   startName({ version, workflows, port })  the start step's name
 *   context(context)  more fields for the checks (may register cleanups)
 *   checks(context)   the list of checks (see runChecks), loaded only once the dev install is there
 *   only              `{ env, matches(value, name), omit? }`: the selection by environment
 *   onFailure(context, steps)  after a failed check (the editor suite: a screenshot)
 *   summary(summary)  `[label, value]` lines; `note(context)` follows the checks count
 *   after(steps)      after the summary; `timeLimit` `{ ms, what }` stops a hung run
 * The checks' context: `instance, api, baseUrl, services, packageDir, workflows, nodeTypes, mode,
 * summary` (which the summary lines read) and `restart()` (instance.restartWebhookReceiver).
 */
async function runSuite(suite) {
	const started = Date.now();
	const steps = new Steps();
	const summary = { workflows: [], webhooks: { accepted: 0, rejected: 0 } };
	const mode = suite.mode ?? 'regular';
	const context = { summary, mode };
	cleanUpOnSignals();
	if (suite.timeLimit) stopAfter(suite.timeLimit.ms, suite.timeLimit.what);
	const userFolder = runFolder(suite.folder);
	try {
		await ensureDevInstall();
		await suite.prepare?.();
		const ports = (await suite.ports?.()) ?? {};
		const sandboxes = await startSandboxes({ basePort: ports.sandboxes ?? 0, seedDemo: suite.seedDemo ?? false, echo: false });
		onCleanup(() => sandboxes.stop());
		const services = sandboxes.services;
		const workflows = suite.workflows();
		const activate = suite.activate ? suite.activate(workflows) : workflows.filter(isWebhookWorkflow).map((workflow) => workflow.id);
		let instance;
		await steps.run(
			suite.startName({ version: N8N_VERSION, workflows, port: ports.n8n }),
			async () => {
				instance = await startN8nInstance({ mode, workers: suite.workers, port: ports.n8n, userFolder, services, workflows, activate });
				summary.n8nVersion = (await instance.api.rest('GET', '/settings')).versionCli;
			},
			{ required: true },
		);
		const nodeTypes = await loadedNodeTypes(instance.api);
		Object.assign(context, { instance, api: instance.api, baseUrl: instance.baseUrl, services, packageDir: instance.packageDir, workflows, nodeTypes });
		context.restart = async () => {
			await instance.restartWebhookReceiver();
			context.api = instance.api;
		};
		Object.assign(context, await suite.context?.(context));
		await runChecks(suite, steps, context, nodeTypes);
	} catch (error) {
		const required = /^Required step failed/.test(error.message);
		if (!required) steps.results.push({ name: `${suite.name} runner`, ok: false, error: error.message });
		log(required ? error.message : (error.stack ?? error.message));
	} finally {
		await cleanupAll();
		if (process.env[suite.keepEnv] !== 'true') fs.rmSync(userFolder, { recursive: true, force: true });
	}
	summary.seconds = Math.round((Date.now() - started) / 1000);
	printSummary({ title: suite.title, fields: suite.summary?.(summary) ?? [], steps, seconds: summary.seconds, note: suite.note?.(context) ?? '' });
	await suite.after?.(steps);
	process.exit(steps.failed.length === 0 ? 0 : 1);
}

module.exports = { runSuite, matchingRegex };
