'use strict';
// Each service's node on the workers: the e2e smoke workflow (KeyCRM, Botobot, Broniboy) plus an
// Aplaut call, started by n8n's own Webhook node at the webhook process, so a worker runs it.
const fs = require('node:fs');
const path = require('node:path');

const { executionOutput, waitForWebhook } = require('../../harness/n8n/webhooks');
const { verifySmokeRun } = require('../e2e/checks/smoke');
const { executionIds, newExecutionsSince } = require('../../harness/n8n/deliveries');
const { journal, resetAll } = require('../e2e/services');
const { expect, expectEqual } = require('../../harness/runner/expect');

const WORKER_SMOKE_WORKFLOW = 'osQueueSmokeCall';
const WEBHOOK_PATH = 'order-sync-worker-smoke';

function workerSmokeWorkflow() {
	const workflow = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'e2e', 'workflows', 'smoke.json'), 'utf8'));
	workflow.id = WORKER_SMOKE_WORKFLOW;
	workflow.name = 'Queue: one call to each service, started by a webhook';
	const start = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.manualTrigger');
	Object.assign(start, {
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		webhookId: '7e3a1c90-5b2d-4e8f-9a61-0c4d2b8e7a05',
		parameters: { httpMethod: 'POST', path: WEBHOOK_PATH, responseMode: 'onReceived', options: {} },
	});
	workflow.nodes.push({
		id: '7e3a1c90-5b2d-4e8f-9a61-0c4d2b8e7a06',
		name: 'Aplaut: list products',
		type: 'n8n-nodes-order-sync.aplaut',
		typeVersion: 1,
		position: [260, 300],
		parameters: { resource: 'product', operation: 'getAll', returnAll: false, limit: 5 },
		credentials: { aplautApi: { id: 'osSandboxAplaut1', name: 'Aplaut (sandbox)' } },
	});
	workflow.connections[start.name].main[0].push({ node: 'Aplaut: list products', type: 'main', index: 0 });
	return workflow;
}

async function checkWorkerSmoke(context) {
	const { api, instance, services, summary } = context;
	await resetAll(services);
	const url = `${instance.webhookBaseUrl}/webhook/${WEBHOOK_PATH}`;
	await waitForWebhook(url);
	const known = await executionIds(api, WORKER_SMOKE_WORKFLOW);
	const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
	expectEqual(response.status, 200, 'the webhook process accepted the call');
	const [finished] = await newExecutionsSince(api, WORKER_SMOKE_WORKFLOW, known, 1, { timeoutMs: 60000, quietMs: 0 });
	const execution = await api.publicApi('GET', `/executions/${finished.id}?includeData=true`);
	expect(execution.status === 'success', 'the execution succeeded', { status: execution.status, error: execution.data?.resultData?.error });
	await verifySmokeRun(context, execution);
	const [products] = executionOutput(execution, 'Aplaut: list products');
	expect(Array.isArray(products), 'Aplaut products listed', products);
	const aplaut = await journal(services, 'aplaut');
	expect(aplaut.some((entry) => entry.method === 'GET' && entry.path === '/products' && entry.status === 200), 'Aplaut got GET /products', aplaut.map((e) => `${e.method} ${e.path} ${e.status}`));
	const worker = instance.executionsByWorker().get(String(execution.id));
	expect(worker, `execution ${execution.id} ran on a worker (their logs name it)`);
	process.stdout.write(`  execution ${execution.id} ran on ${worker}\n`);
	summary.workflows.push(`Queue: one call to each service on ${worker}`);
}

module.exports = { workerSmokeWorkflow, checkWorkerSmoke, WORKER_SMOKE_WORKFLOW };
