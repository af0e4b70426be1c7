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
const path = require('node:path');

const { burstWorkflows } = require('../../harness/n8n/burstWorkflows');
const { readWorkflows } = require('../../harness/n8n/examples');
const { matchingRegex, runSuite } = require('../../harness/runner/suite');

/**
 * The checks that always run, then the ones E2E_ONLY selects from. Required here, not at the top:
 * checks may load TypeScript (the sandboxes' samples), which the runner registers after the dev install.
 */
function checks() {
	const always = (name, run) => ({ name, run, always: true });
	return [
		always('n8n loads every node and credential type of the package, with icons', require('./checks/types').checkTypesLoaded),
		always("credential tests pass through n8n's endpoint for the sandbox, fail for a wrong token", require('./checks/credentialTests').checkCredentialTests),
		always('workflow: one call to each service (n8n execute --id)', require('./checks/smoke').checkSmokeWorkflow),
		...require('./checks/examples').exampleChecks,
		...require('./checks/webhooks').webhookChecks,
		...require('./checks/keycrmTriggers').keyCrmTriggerChecks,
		...require('./checks/manyTriggers').manyTriggerChecks,
		...require('./checks/edges').edgeChecks,
		require('./checks/fuzz').fuzzCheck,
		...require('./checks/triggers').triggerChecks,
		...require('./checks/repeats').repeatChecks,
		...require('./checks/burst').burstChecks,
		...require('./checks/writes').writeChecks,
	];
}

function summaryLines(summary) {
	return [
		['n8n version', summary.n8nVersion ?? 'unknown'],
		['node types loaded', summary.nodeTypes?.join(', ') ?? 'not checked'],
		['credential types', summary.credentialTypes?.join(', ') ?? 'not checked'],
		['workflows executed', summary.workflows.length ? summary.workflows.join('; ') : 'none'],
		['credential tests', summary.credentialTests ? `${summary.credentialTests.length} types pass with the sandbox's secret, fail with a wrong one` : 'not checked'],
		['webhook deliveries', `${summary.webhooks.accepted} accepted (each started one run), ${summary.webhooks.rejected} rejected or ignored (no run)`],
	];
}

runSuite({
	name: 'e2e',
	title: 'end-to-end',
	folder: 'e2e-n8n',
	keepEnv: 'E2E_KEEP',
	only: matchingRegex('E2E_ONLY'),
	workflows: () => [...readWorkflows(), ...readWorkflows(path.join(__dirname, 'workflows')), ...burstWorkflows()],
	startName: ({ version, workflows }) => `start n8n ${version} with the packed package, credentials and ${workflows.length} workflows`,
	checks,
	summary: summaryLines,
});
