'use strict';
// A delivery seen before a restart is still recognised after it: the memory is persisted, not only
// held in the process. Replays what the bursts sent and a few deliveries sent one at a time.
const { BURST_BOTOBOT_WORKFLOW, BURST_BRONIBOY_WORKFLOW } = require('../../../harness/n8n/burstWorkflows');
const { burstMemory, countBy, executionIds, newExecutionsSince, sendBotobotCallback, sendBroniboyDelivery } = require('../../../harness/n8n/deliveries');
const { resetAll } = require('../services');
const { expectEqual } = require('../../../harness/runner/expect');
const { sampleBotobotOrderOf, sampleBroniboyOrder } = require('../../../sandboxes/samples');

/** Retries come seconds apart, not all at once: a few at a time. */
async function inBatches(items, send, size = 5) {
	const answers = [];
	for (let start = 0; start < items.length; start += size) answers.push(...(await Promise.all(items.slice(start, start + size).map(send))));
	return answers;
}

const ONE_BY_ONE = 3;

/**
 * The common case besides the bursts: deliveries arriving one at a time, each run before the next
 * comes. They must be remembered across the restart too (when run alone, these are all there is).
 */
async function sendOneByOne(context, memory) {
	const { api } = context;
	const tag = Date.now().toString(36);
	for (let index = 0; index < ONE_BY_ONE; index++) {
		const knownBotobot = await executionIds(api, BURST_BOTOBOT_WORKFLOW);
		const order = sampleBotobotOrderOf(2, { id: 59001 + index });
		expectEqual((await sendBotobotCallback(context, BURST_BOTOBOT_WORKFLOW, order)).status, 200, `answer to Botobot callback ${order.id}`);
		await newExecutionsSince(api, BURST_BOTOBOT_WORKFLOW, knownBotobot, 1, { timeoutMs: 60000, quietMs: 0 });
		memory.botobotOrders.push(order);

		const knownBroniboy = await executionIds(api, BURST_BRONIBOY_WORKFLOW);
		// An order of its own per delivery: the trigger knows a delivery by its id and by its signed data.
		const deliveryId = `one-by-one-${tag}-${index + 1}`;
		const delivery = { data: { ...sampleBroniboyOrder('on_way', 1002), id: deliveryId }, deliveryId };
		expectEqual((await sendBroniboyDelivery(context, BURST_BRONIBOY_WORKFLOW, delivery)).status, 200, `answer to Broniboy delivery ${delivery.deliveryId}`);
		await newExecutionsSince(api, BURST_BRONIBOY_WORKFLOW, knownBroniboy, 1, { timeoutMs: 60000, quietMs: 0 });
		memory.broniboyDeliveries.push(delivery);
	}
}

async function replayAfterRestart(context) {
	const memory = burstMemory(context);
	await resetAll(context.services, ['keyCrm', 'botobot']);
	await sendOneByOne(context, memory);
	process.stdout.write(`  restarting ${context.mode === 'queue' ? 'the webhook processes' : 'n8n'}\n`);
	await context.restart();
	const { api } = context;
	const knownBotobot = await executionIds(api, BURST_BOTOBOT_WORKFLOW);
	const knownBroniboy = await executionIds(api, BURST_BRONIBOY_WORKFLOW);

	const botobot = await inBatches(memory.botobotOrders, (order) => sendBotobotCallback(context, BURST_BOTOBOT_WORKFLOW, order));
	const broniboy = await inBatches(memory.broniboyDeliveries, (delivery) => sendBroniboyDelivery(context, BURST_BRONIBOY_WORKFLOW, delivery));
	const ranBotobot = await newExecutionsSince(api, BURST_BOTOBOT_WORKFLOW, knownBotobot, 0, { quietMs: 8000 });
	const ranBroniboy = await newExecutionsSince(api, BURST_BRONIBOY_WORKFLOW, knownBroniboy, 0, { quietMs: 0 });
	expectEqual(countBy(botobot, 'status'), { 200: botobot.length }, 'answers to the replayed Botobot callbacks');
	expectEqual(countBy(broniboy, 'status'), { 200: broniboy.length }, 'answers to the replayed Broniboy deliveries (acknowledged)');
	expectEqual(
		{
			botobotAnsweredStarted: botobot.filter((answer) => answer.body?.started !== false).length,
			botobotExecutions: ranBotobot.length,
			broniboyExecutions: ranBroniboy.length,
		},
		{ botobotAnsweredStarted: 0, botobotExecutions: 0, broniboyExecutions: 0 },
		`runs started by ${botobot.length} Botobot and ${broniboy.length} Broniboy replays after the restart`,
	);
	context.summary.webhooks.rejected += botobot.length + broniboy.length;
}

module.exports = { replayAfterRestart };
