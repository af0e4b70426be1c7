'use strict';
// Issue 20: the documented production topology — nginx routing each delivery by its repeat key to one
// of two `n8n webhook` processes, two workers — runs every delivery exactly once: copies of one
// delivery at the same instant, many distinct ones at once, and all of them again. Trigger-only
// workflows, so the count is of the deliveries alone, not of what a workflow does with them.
const { allAtOnce, countBy, executionIds, expectAllSucceeded, newExecutionsSince, sendBotobotCallback, sendBroniboyDelivery } = require('../../harness/n8n/deliveries');
const { eventually, expect, expectEqual } = require('../../harness/runner/expect');
const { packageName } = require('../../harness/install/packageInstall');

// Loaded when a check runs: the samples are TypeScript, registered once the dev install is there.
const samples = () => require('../../sandboxes/samples');

const BOTOBOT_WORKFLOW = 'osQueueDoorsBotob';
const BRONIBOY_WORKFLOW = 'osQueueDoorsBroni';
const COPIES = 8;
const DISTINCT = 40;
const runTag = Date.now().toString(36);

function triggerOnly(id, name, type, webhookId, credentials, parameters = {}) {
	return {
		id,
		name,
		active: false,
		nodes: [{ id: `${webhookId}-node`, name: 'Trigger', type: `${packageName}.${type}`, typeVersion: 1, position: [0, 0], webhookId, parameters, credentials }],
		connections: {},
		settings: { executionOrder: 'v1' },
	};
}

const topologyWorkflows = () => [
	triggerOnly(BOTOBOT_WORKFLOW, 'Queue: Botobot Trigger alone (nginx, two webhook processes)', 'botobotTrigger', '7e3a1c90-5b2d-4e8f-9a61-0c4d2b8e7b01', {
		botobotWebhookApi: { id: 'osSandboxBotHook', name: 'Botobot Webhook (sandbox)' },
	}, { protection: 'urlSecret' }),
	triggerOnly(BRONIBOY_WORKFLOW, 'Queue: Broniboy Trigger alone (nginx, two webhook processes)', 'broniboyTrigger', '7e3a1c90-5b2d-4e8f-9a61-0c4d2b8e7b02', {
		broniboyWebhookApi: { id: 'osSandboxBrnHook', name: 'Broniboy Webhook (sandbox)' },
	}),
];
const TOPOLOGY_WORKFLOW_IDS = [BOTOBOT_WORKFLOW, BRONIBOY_WORKFLOW];

/** Which webhook process nginx gave each delivery sent by `send()` (not the OPTIONS probes that wait for the URL), by routing key. */
async function routed(instance, send) {
	const before = instance.nginx.routes().length;
	const answers = await send();
	const sent = () =>
		instance.nginx
			.routes()
			.slice(before)
			.filter((route) => route.method !== 'OPTIONS')
			.map((route) => ({ ...route, process: instance.webhookProcessOf(route.upstream) }));
	// nginx writes a request's access-log line after it has answered: the last ones may come a moment later.
	const routes = await eventually(() => (sent().length >= answers.length ? sent() : undefined), { timeoutMs: 5000, what: 'nginx access-log lines of the requests sent' }).catch(() => sent());
	return { answers, routes };
}

/**
 * The three rounds for one trigger: `deliveries` distinct ones and `fresh` (a new one sent as
 * copies); `send(delivery)` answers `{status, body}`; `keyOf(delivery)` is its nginx routing key.
 */
async function threeRounds(context, { workflowId, what, deliveries, fresh, send, keyOf }) {
	const { api, instance } = context;
	const known = await executionIds(api, workflowId);
	const settle = async (expected, after) => {
		const executions = await newExecutionsSince(api, workflowId, known, expected, { quietMs: 8000 });
		expectEqual(executions.length, expected, `${what} executions after ${after}`);
		await expectAllSucceeded(api, executions, what);
	};

	const copies = await routed(instance, () => allAtOnce(Array.from({ length: COPIES }, () => fresh), send));
	expectEqual(countBy(copies.answers, 'status'), { 200: COPIES }, `answers to ${COPIES} copies of one ${what} delivery`);
	expectEqual(copies.routes.length, COPIES, `requests nginx routed for the ${COPIES} copies`);
	expectEqual([...new Set(copies.routes.map((route) => route.process))].length, 1, `webhook processes that got the ${COPIES} copies (routed by ${keyOf(fresh)})`);
	await settle(1, `${COPIES} copies of one delivery at once`);

	const first = await routed(instance, () => allAtOnce(deliveries, send));
	expectEqual(countBy(first.answers, 'status'), { 200: deliveries.length }, `answers to ${deliveries.length} distinct ${what} deliveries`);
	const byProcess = countBy(first.routes, 'process');
	expect(Object.keys(byProcess).length === 2, `the ${deliveries.length} distinct ${what} deliveries reached both webhook processes`, byProcess);
	await settle(1 + deliveries.length, `${deliveries.length} distinct deliveries at once`);

	const again = await routed(instance, () => allAtOnce(deliveries, send));
	expectEqual(countBy(again.answers, 'status'), { 200: deliveries.length }, `answers to the same ${deliveries.length} again (acknowledged, so the sender stops)`);
	const moved = deliveries.filter((delivery) => {
		const processes = new Set([...first.routes, ...again.routes].filter((route) => route.key === keyOf(delivery)).map((route) => route.process));
		return processes.size !== 1;
	});
	expectEqual(moved.map(keyOf), [], `${what} deliveries whose repeat reached another webhook process`);
	await settle(1 + deliveries.length, `the same ${deliveries.length} again at once`);
	process.stdout.write(`  ${what}: ${deliveries.length} distinct by process ${JSON.stringify(byProcess)}; copies and repeats each at their first process\n`);
	context.summary.webhooks.accepted += 1 + deliveries.length;
	context.summary.webhooks.rejected += COPIES - 1 + deliveries.length;
}

async function broniboyThroughDoors(context) {
	// Each its own order: a delivery is also recognised by its signed data + event.
	const delivery = (id) => ({ data: { ...samples().sampleBroniboyOrder('on_way', 1001), number: `doors-${runTag}-${id}` }, deliveryId: `doors-${runTag}-${id}` });
	await threeRounds(context, {
		workflowId: BRONIBOY_WORKFLOW,
		what: 'Broniboy',
		deliveries: Array.from({ length: DISTINCT }, (_, index) => delivery(index + 1)),
		fresh: delivery('copies'),
		send: (one) => sendBroniboyDelivery(context, BRONIBOY_WORKFLOW, one),
		keyOf: (one) => one.deliveryId,
	});
}

async function botobotThroughDoors(context) {
	// By GET, so the order id is in the query and nginx can route by it (a POST form's body it cannot read).
	const order = (id) => samples().sampleBotobotOrderOf(2, { id });
	await threeRounds(context, {
		workflowId: BOTOBOT_WORKFLOW,
		what: 'Botobot',
		deliveries: Array.from({ length: DISTINCT }, (_, index) => order(61001 + index)),
		fresh: order(61000),
		send: async (one) => {
			const answer = await sendBotobotCallback(context, BOTOBOT_WORKFLOW, one, { method: 'GET' });
			expect(typeof answer.body?.started === 'boolean', 'the Botobot Trigger says whether it started a run', answer.body);
			return answer;
		},
		keyOf: (one) => String(one.id),
	});
}

const topologyChecks = [
	{
		name: `doors: nginx + 2 webhook processes + 2 workers, Broniboy: ${COPIES} copies of one delivery at once → 1 execution, ${DISTINCT} distinct at once → ${DISTINCT}, the ${DISTINCT} again → 0`,
		workflowId: BRONIBOY_WORKFLOW,
		run: broniboyThroughDoors,
	},
	{
		name: `doors: nginx + 2 webhook processes + 2 workers, Botobot by GET: ${COPIES} copies of one order at once → 1 execution, ${DISTINCT} distinct at once → ${DISTINCT}, the ${DISTINCT} again → 0`,
		workflowId: BOTOBOT_WORKFLOW,
		run: botobotThroughDoors,
	},
];

module.exports = { topologyChecks, topologyWorkflows, TOPOLOGY_WORKFLOW_IDS };
