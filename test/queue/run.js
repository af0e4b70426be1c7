'use strict';
/**
 * n8n in queue mode, for real (`npm run test:queue`): PostgreSQL and Redis from Debian's packages,
 * n8n's main process, two `n8n webhook` processes behind Debian's nginx (routing each delivery by its
 * repeat key, as docs/production.md says) and two `n8n worker` processes with our packed package, and
 * the API sandboxes. Both triggers' deliveries go through nginx (valid, forged, repeated, copies at
 * once: exactly once across the two webhook processes), each service's node runs on the workers,
 * then the bursts of the e2e suite and
 * a burst on a KeyCRM key without rate-limit headers (the workers share it from 429s alone); at the
 * end every execution must have run on a worker. Prints a summary; stops everything.
 *
 * The checks' context has `nginxUrl` (where production webhooks go) and `webhookProcessUrls` (each
 * webhook process directly, bypassing nginx: replace `nginxUrl` in a production URL by one of them).
 *
 * Env: ORDER_SYNC_CACHE (where n8n is cached), E2E_ONLY=<regex> runs only the webhook/burst checks
 * whose names match, QUEUE_KEEP=true keeps the instance folder (logs of every process) for a look.
 */
const { burstWorkflows } = require('../../harness/n8n/burstWorkflows');
const { isWebhookWorkflow, readWorkflows } = require('../../harness/n8n/examples');
const { WEBHOOK_PROCESSES } = require('../../harness/n8n/queueInstance');
const { matchingRegex, runSuite } = require('../../harness/runner/suite');
const { checkWorkerSmoke, workerSmokeWorkflow, WORKER_SMOKE_WORKFLOW } = require('./workerSmoke');
const { topologyChecks, topologyWorkflows, TOPOLOGY_WORKFLOW_IDS } = require('./topology');

const WORKERS = 2;

/** The e2e suite's webhook checks and bursts, through nginx; E2E_ONLY reads their e2e names. */
function checks() {
	const always = (name, run) => ({ name, run, always: true });
	const { sharedKeyChecks } = require('./sharedKey');
	const shared = [...require('../e2e/checks/webhooks').webhookChecks, ...require('../e2e/checks/repeats').repeatChecks, ...require('../e2e/checks/burst').burstChecks];
	return [
		always('n8n loads every node and credential type of the package, with icons', require('../e2e/checks/types').checkTypesLoaded),
		always("each service's node runs on a worker (a webhook-started workflow)", checkWorkerSmoke),
		...shared.map((check) => ({ ...check, name: `queue: ${check.name}`, selectName: check.name })),
		...topologyChecks,
		...require('../e2e/checks/writes').queueWriteChecks.map((check) => ({ ...check, name: `queue: ${check.name}`, selectName: check.name })),
		...sharedKeyChecks.map((check) => ({ ...check, name: `queue: ${check.name}`, selectName: check.name })),
		always('every execution ran on a worker, none on the main or webhook process', require('./workerCheck').checkRanOnWorkers),
	];
}

function summaryLines(summary) {
	const botobot = summary.burst?.botobot;
	return [
		['n8n', `${summary.n8nVersion ?? 'unknown'} — main, ${WEBHOOK_PROCESSES} webhook processes behind nginx, ${WORKERS} workers (4 for the long shared-key burst); PostgreSQL, Redis`],
		['webhook deliveries', `${summary.webhooks.accepted} accepted (each started one run), ${summary.webhooks.rejected} rejected or ignored (no run)`],
		['Botobot burst', botobot ? `${botobot.orders} callbacks → ${botobot.created} KeyCRM orders, ${botobot.lost} lost, ${botobot.refused} answers 429 (retried)` : 'not run'],
		[
			'shared key, no headers',
			summary.burst?.sharedKey
				? summary.burst.sharedKey.map((run) => `${run.orders} callbacks → ${run.created} KeyCRM orders, ${run.refused} of ${run.requests} requests refused (429), ${run.workers} workers`).join('; ')
				: 'not run',
		],
		['executions by worker', summary.byWorker ? Object.entries(summary.byWorker).map(([name, count]) => `${name} ${count}`).join(', ') : 'not checked'],
	];
}

runSuite({
	name: 'queue',
	title: 'queue-mode',
	folder: 'queue-n8n',
	keepEnv: 'QUEUE_KEEP',
	mode: 'queue',
	workers: WORKERS,
	only: matchingRegex('E2E_ONLY'),
	workflows: () => [...readWorkflows().filter(isWebhookWorkflow), ...burstWorkflows(), workerSmokeWorkflow(), ...topologyWorkflows()],
	activate: (workflows) =>
		workflows
			.filter((workflow) => isWebhookWorkflow(workflow) || [WORKER_SMOKE_WORKFLOW, ...TOPOLOGY_WORKFLOW_IDS].includes(workflow.id))
			.map((workflow) => workflow.id),
	startName: ({ version, workflows }) =>
		`start n8n ${version} in queue mode (PostgreSQL, Redis, main, ${WEBHOOK_PROCESSES} webhook processes behind nginx, ${WORKERS} workers) with ${workflows.length} workflows`,
	context: ({ instance }) => ({ nginxUrl: instance.webhookBaseUrl, webhookProcessUrls: instance.webhookProcessUrls }),
	checks,
	summary: summaryLines,
});
