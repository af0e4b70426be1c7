'use strict';
// A delivery seen before a restart is still recognised after it: the memory is persisted, not only
// held in the process. Replays what the bursts sent (or a delivery of its own when run alone).
const { BURST_BOTOBOT_WORKFLOW, BURST_BRONIBOY_WORKFLOW } = require('../burstWorkflows');
const { burstMemory, countBy, executionIds, newExecutionsSince, sendBotobotCallback, sendBroniboyDelivery } = require('../deliveries');
const { resetAll } = require('../services');
const { expectEqual } = require('../steps');
const { botobotOrder, broniboyOrder } = require('./webhooks');

/** Retries come seconds apart, not all at once: a few at a time. */
async function inBatches(items, send, size = 5) {
	const answers = [];
	for (let start = 0; start < items.length; start += size) answers.push(...(await Promise.all(items.slice(start, start + size).map(send))));
	return answers;
}

/** When run alone: one delivery of each kind, seen (and run) before the restart. */
async function seedMemory(context, memory) {
	const { api } = context;
	if (memory.botobotOrders.length === 0) {
		const known = await executionIds(api, BURST_BOTOBOT_WORKFLOW);
		const order = botobotOrder(59001);
		expectEqual((await sendBotobotCallback(context, BURST_BOTOBOT_WORKFLOW, order)).status, 200, 'answer to the first callback');
		await newExecutionsSince(api, BURST_BOTOBOT_WORKFLOW, known, 1, { quietMs: 0 });
		memory.botobotOrders.push(order);
	}
	if (memory.broniboyDeliveries.length === 0) {
		const known = await executionIds(api, BURST_BRONIBOY_WORKFLOW);
		const delivery = { data: broniboyOrder('on_way', 1001), deliveryId: `replay-${Date.now().toString(36)}` };
		expectEqual((await sendBroniboyDelivery(context, BURST_BRONIBOY_WORKFLOW, delivery)).status, 200, 'answer to the first delivery');
		await newExecutionsSince(api, BURST_BRONIBOY_WORKFLOW, known, 1, { quietMs: 0 });
		memory.broniboyDeliveries.push(delivery);
	}
}

async function replayAfterRestart(context) {
	const memory = burstMemory(context);
	await resetAll(context.services, ['keyCrm', 'botobot']);
	await seedMemory(context, memory);
	process.stdout.write(`  restarting ${context.mode === 'queue' ? 'the webhook process' : 'n8n'}\n`);
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
