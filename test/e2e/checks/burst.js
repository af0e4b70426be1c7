'use strict';
// Real traffic: many webhook deliveries at the same moment. A burst of Botobot orders into example 1
// with KeyCRM at its limit (nothing lost, nothing refused), and Broniboy deliveries with their
// repeats (each delivery runs exactly once). The same checks run in regular and in queue mode.
const { burstOutcome } = require('../../../harness/n8n/burstOutcome');
const { BURST_BOTOBOT_WORKFLOW, BURST_BRONIBOY_WORKFLOW, KEYCRM_BURST_LIMIT } = require('../../../harness/n8n/burstWorkflows');
const { allAtOnce, burstMemory, countBy, sendBotobotCallback, sendBroniboyDelivery, executionIds, expectAllSucceeded, newExecutionsSince } = require('../../../harness/n8n/deliveries');
const { control, journal, resetAll } = require('../services');
const { expect, expectEqual } = require('../../../harness/runner/expect');
const { replayAfterRestart } = require('./replayAfterRestart');
const { sampleBotobotOrderOf, sampleBroniboyOrder } = require('../../../sandboxes/samples');

const BOTOBOT_BURST = Number(process.env.E2E_BURST_SIZE || 40);
const BRONIBOY_BURST = 40;
const COPIES = 8;

/** Ids no other check uses, different on every run (the sandbox is reset; n8n's memory is per folder). */
const runTag = Date.now().toString(36);
const orderIds = Array.from({ length: BOTOBOT_BURST }, (_, index) => 50001 + index);

async function botobotBurst(context) {
	const { api, services, summary, mode } = context;
	await resetAll(services, ['keyCrm', 'botobot']);
	await control(services.keyCrm.baseUrl, 'rate-limit', { limit: KEYCRM_BURST_LIMIT.requests, windowMs: KEYCRM_BURST_LIMIT.periodSeconds * 1000 });
	try {
		const known = await executionIds(api, BURST_BOTOBOT_WORKFLOW);
		const orders = orderIds.map((id) => sampleBotobotOrderOf(2, { id }));
		const answers = await allAtOnce(orders, (order) => sendBotobotCallback(context, BURST_BOTOBOT_WORKFLOW, order));
		expectEqual(countBy(answers, 'status'), { 200: orders.length }, 'answers to the callbacks');
		expect(answers.every((answer) => answer.body?.started === true), 'every callback started a run', answers.map((a) => a.body));
		burstMemory(context).botobotOrders = orders;

		// A correctness check (speed is bench/'s): two KeyCRM requests per order (the Source UUID look-up
		// and the create) need 80 s at the limit; the wait leaves room for a loaded machine.
		const executions = await newExecutionsSince(api, BURST_BOTOBOT_WORKFLOW, known, orders.length, { timeoutMs: 600000 });
		expectEqual(executions.length, orders.length, 'burst executions (one each)');
		await expectAllSucceeded(api, executions, 'burst');

		// Only this burst's orders count: an execution left over from an earlier check may still be running.
		const ours = new Set(orderIds.map(String));
		const limit = { requests: KEYCRM_BURST_LIMIT.requests, windowMs: KEYCRM_BURST_LIMIT.periodSeconds * 1000 };
		const { created, refused, lost, twice } = burstOutcome(await journal(services, 'keyCrm'), orderIds, limit);
		process.stdout.write(`  ${created} KeyCRM orders created, ${refused} answers 429, ${lost.length} lost (${mode} mode)\n`);
		expectEqual(lost, [], 'Botobot orders without a KeyCRM order');
		expectEqual(twice, [], 'Botobot orders with more than one KeyCRM order');
		// One n8n process paces every execution on one credential; several workers converge on the
		// service's answers instead, so there a refused request is allowed as long as it is retried.
		if (mode !== 'queue') expectEqual(refused, 0, 'KeyCRM answers 429 (one process paces all executions)');
		const confirmed = (await journal(services, 'botobot')).filter(
			(entry) => entry.path.startsWith('/updateOrderStatus/') && ours.has(String(entry.body?.id)),
		);
		expectEqual(new Set(confirmed.map((entry) => String(entry.body.id))).size, orders.length, 'Botobot orders confirmed');
		summary.webhooks.accepted += orders.length;
		summary.burst = { ...summary.burst, botobot: { orders: orders.length, created, lost: lost.length, refused } };
	} finally {
		await control(services.keyCrm.baseUrl, 'rate-limit', {});
	}
}

// An order of its own per delivery (the trigger knows a delivery by its id and by its signed data),
// each carrying the reference to Botobot order 1002 that example 3 updates.
function broniboyDelivery(id) {
	return { data: { ...sampleBroniboyOrder('on_way', 1002), id }, deliveryId: id };
}

async function broniboyBurst(context) {
	const { api, services, summary } = context;
	await resetAll(services, ['botobot']);
	const known = await executionIds(api, BURST_BRONIBOY_WORKFLOW);
	const send = (delivery) => sendBroniboyDelivery(context, BURST_BRONIBOY_WORKFLOW, delivery);
	const count = async (expected, what) => {
		const executions = await newExecutionsSince(api, BURST_BRONIBOY_WORKFLOW, known, expected, { quietMs: 8000 });
		expectEqual(executions.length, expected, `executions after ${what}`);
		return executions;
	};

	const distinct = Array.from({ length: BRONIBOY_BURST }, (_, index) => broniboyDelivery(`burst-${runTag}-${index + 1}`));
	burstMemory(context).broniboyDeliveries = distinct;
	const first = await allAtOnce(distinct, send);
	expectEqual(countBy(first, 'status'), { 200: distinct.length }, 'answers to the distinct deliveries');
	await count(distinct.length, `${distinct.length} distinct deliveries at once`);

	const repeats = await allAtOnce(distinct, send);
	expectEqual(countBy(repeats, 'status'), { 200: distinct.length }, 'answers to the repeats (acknowledged, so Broniboy stops)');
	await count(distinct.length, `the same ${distinct.length} again at once`);

	const fresh = broniboyDelivery(`burst-${runTag}-new`);
	const copies = await allAtOnce(Array.from({ length: COPIES }, () => fresh), send);
	expectEqual(countBy(copies, 'status'), { 200: COPIES }, `answers to ${COPIES} copies of a new delivery`);
	const executions = await count(distinct.length + 1, `${COPIES} copies of a new delivery at once`);
	burstMemory(context).broniboyDeliveries.push(fresh);
	await expectAllSucceeded(context.api, executions, 'delivery');
	summary.webhooks.accepted += distinct.length + 1;
	summary.webhooks.rejected += distinct.length + COPIES - 1;
	summary.burst = { ...summary.burst, broniboy: { deliveries: distinct.length + 1, sent: 2 * distinct.length + COPIES } };
}

const burstChecks = [
	{
		name: `burst: ${BOTOBOT_BURST} Botobot callbacks at once → ${BOTOBOT_BURST} KeyCRM orders at ${KEYCRM_BURST_LIMIT.requests} per ${KEYCRM_BURST_LIMIT.periodSeconds} s, none failed or lost`,
		workflowId: BURST_BOTOBOT_WORKFLOW,
		run: botobotBurst,
	},
	{
		name: `burst: ${BRONIBOY_BURST} Broniboy deliveries at once, the same again, ${COPIES} copies of a new one → exactly ${BRONIBOY_BURST + 1} executions`,
		workflowId: BURST_BRONIBOY_WORKFLOW,
		run: broniboyBurst,
	},
	{
		name: 'burst: after a restart, replays of the bursts and of deliveries sent one at a time (Botobot, Broniboy) → no execution',
		workflowId: BURST_BRONIBOY_WORKFLOW,
		run: replayAfterRestart,
	},
];

module.exports = { burstChecks };
