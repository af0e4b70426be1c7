'use strict';
// A Botobot callback sent again a few seconds later (Botobot calling the CRM url twice for one
// order) is acknowledged and starts nothing; the Broniboy counterpart is in webhooks.js.
const { countBy, executionIds, newExecutionsSince, sendBotobotCallback } = require('../../../harness/n8n/deliveries');
const { journal, resetAll } = require('../services');
const { expect, expectEqual } = require('../../../harness/runner/expect');
const { sampleBotobotOrderOf } = require('../../../sandboxes/samples');

const BOTOBOT_WORKFLOW = 'osExBotobotToCrm';

async function botobotRepeat(context) {
	const { api, services, summary } = context;
	await resetAll(services, ['keyCrm', 'botobot']);
	const known = await executionIds(api, BOTOBOT_WORKFLOW);
	const order = sampleBotobotOrderOf(2, { id: 58001 });
	const first = await sendBotobotCallback(context, BOTOBOT_WORKFLOW, order);
	expect(first.status === 200 && first.body?.started === true, 'the first callback started a run', first);
	await newExecutionsSince(api, BOTOBOT_WORKFLOW, known, 1, { timeoutMs: 60000, quietMs: 0 });
	const repeats = [];
	for (let attempt = 0; attempt < 2; attempt++) repeats.push(await sendBotobotCallback(context, BOTOBOT_WORKFLOW, order));
	// Settle first, so a run the repeats wrongly started does not spill into the next check.
	const executions = await newExecutionsSince(api, BOTOBOT_WORKFLOW, known, 1, { quietMs: 5000 });
	expectEqual(countBy(repeats, 'status'), { 200: 2 }, 'answers to the repeats');
	expect(repeats.every((answer) => answer.body?.started === false), 'the repeats started no run', repeats.map((answer) => answer.body));
	expectEqual(executions.length, 1, 'executions for one order sent three times');
	const created = (await journal(services, 'keyCrm')).filter((entry) => entry.method === 'POST' && entry.path === '/order');
	expectEqual(created.length, 1, 'KeyCRM orders for one order sent three times');
	summary.webhooks.accepted++;
	summary.webhooks.rejected += repeats.length;
}

const repeatChecks = [
	{ name: 'Botobot callback repeated seconds later → acknowledged, no new execution', workflowId: BOTOBOT_WORKFLOW, run: botobotRepeat },
];

module.exports = { repeatChecks };
