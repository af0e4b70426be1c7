'use strict';
// Several workers on one KeyCRM key that tells nothing of its count: the KeyCRM sandbox sends no
// X-RateLimit-* header, only Retry-After on its 429s. Each worker paces at the full limit (the
// burst workflow's Request Options, as a user sets them once for all workers); their pacers must
// settle on a share each from the 429s alone: every order made once, no failed execution, few
// requests refused. Then a longer burst with two more workers started on the same instance: a
// retry must give up only when the service refuses for longer than Max Total Retry Wait, never
// because a worker's share was slow to come.
const { BURST_BOTOBOT_WORKFLOW, KEYCRM_BURST_LIMIT } = require('../../harness/n8n/burstWorkflows');
const { burstOutcome, REQUESTS_PER_ORDER } = require('../../harness/n8n/burstOutcome');
const { allAtOnce, countBy, executionIds, expectAllSucceeded, newExecutionsSince, sendBotobotCallback } = require('../../harness/n8n/deliveries');
const { expect, expectEqual } = require('../../harness/runner/expect');
const { sampleBotobotOrderOf } = require('../../sandboxes/samples');
const { control, journal, resetAll } = require('../e2e/services');

const MAX_REFUSED_SHARE = 0.15;

/**
 * `callbacks` at once, or in `waves` sent one right after the other; `firstId`: ids of no other
 * check (the e2e burst uses 50001 on); `maxRefusedShare`: asserted when given.
 */
async function sharedKeyBurst(context, { callbacks, firstId, maxRefusedShare, waves = 1 }) {
	const { api, services, instance } = context;
	const orderIds = Array.from({ length: callbacks }, (_, index) => firstId + index);
	const limit = { requests: KEYCRM_BURST_LIMIT.requests, windowMs: KEYCRM_BURST_LIMIT.periodSeconds * 1000 };
	await resetAll(services, ['keyCrm', 'botobot']);
	await control(services.keyCrm.baseUrl, 'rate-limit', { limit: limit.requests, windowMs: limit.windowMs, withoutCountHeaders: true });
	try {
		const known = await executionIds(api, BURST_BOTOBOT_WORKFLOW);
		const orders = orderIds.map((id) => sampleBotobotOrderOf(2, { id }));
		const answers = [];
		const size = Math.ceil(orders.length / waves);
		for (let start = 0; start < orders.length; start += size) {
			answers.push(...(await allAtOnce(orders.slice(start, start + size), (order) => sendBotobotCallback(context, BURST_BOTOBOT_WORKFLOW, order))));
		}
		expectEqual(countBy(answers, 'status'), { 200: orders.length }, 'answers to the callbacks');
		// Each order asks KeyCRM twice (the look-up by its Source UUID, then the create): the floor is
		// two requests per order at the limit; the wait allows half as much again.
		const floorMs = (REQUESTS_PER_ORDER * orders.length * limit.windowMs) / limit.requests;
		const executions = await newExecutionsSince(api, BURST_BOTOBOT_WORKFLOW, known, orders.length, { timeoutMs: Math.max(600000, 1.5 * floorMs + 120000) });
		expectEqual(executions.length, orders.length, 'burst executions (one each)');
		await expectAllSucceeded(api, executions, 'burst');

		const outcome = burstOutcome(await journal(services, 'keyCrm'), orderIds, limit);
		const workers = instance.processes.filter((proc) => proc.name.startsWith('worker')).length;
		process.stdout.write(
			`  ${outcome.created} KeyCRM orders, ${outcome.lost.length} lost, ${outcome.refused} of ${outcome.requests} requests refused (${(100 * outcome.refusedShare).toFixed(1)} %, second half ${(100 * outcome.refusedShareSecondHalf).toFixed(1)} %), last order after ${(outcome.lastOrderMs / 1000).toFixed(1)} s (floor ${outcome.floorMs / 1000} s), ${workers} workers\n`,
		);
		expectEqual(outcome.lost, [], 'Botobot orders without a KeyCRM order');
		expectEqual(outcome.twice, [], 'Botobot orders with more than one KeyCRM order');
		if (maxRefusedShare !== undefined) expect(outcome.refusedShare <= maxRefusedShare, `at most ${100 * maxRefusedShare} % of the requests refused (429)`, outcome);
		context.summary.webhooks.accepted += orders.length;
		return { orders: orders.length, created: outcome.created, refused: outcome.refused, requests: outcome.requests, workers };
	} finally {
		await control(services.keyCrm.baseUrl, 'rate-limit', {});
	}
}

const LONG_CALLBACKS = 300;
// 300 callbacks at the same instant made the one webhook process answer HTTP 500 to 142 of them,
// three bursts of 100 still to 46 (its log: "timeout exceeded when trying to connect" to
// PostgreSQL, a pool of 4 connections, on 2 cores under load 20): that is n8n taking in webhooks,
// not the pace this check is about. So they arrive as six bursts of 50, each sent once the
// previous one was answered; the answers come before the executions run, so all 300 still queue
// up on the workers within seconds.
const LONG_WAVES = 6;
const EXTRA_WORKERS = 2;
const limitText = `KeyCRM at ${KEYCRM_BURST_LIMIT.requests} per ${KEYCRM_BURST_LIMIT.periodSeconds} s without rate-limit headers, every worker paced at the full limit`;

const sharedKeyChecks = [
	{
		name: `shared key: 100 Botobot callbacks at once, ${limitText} → 100 orders, 0 failed, ≤ ${100 * MAX_REFUSED_SHARE} % refused`,
		workflowId: BURST_BOTOBOT_WORKFLOW,
		async run(context) {
			const result = await sharedKeyBurst(context, { callbacks: 100, firstId: 60001, maxRefusedShare: MAX_REFUSED_SHARE });
			context.summary.burst = { ...context.summary.burst, sharedKey: [...(context.summary.burst?.sharedKey ?? []), result] };
		},
	},
	{
		name: `shared key: ${EXTRA_WORKERS} more workers, ${LONG_CALLBACKS} Botobot callbacks (${LONG_WAVES} bursts of ${LONG_CALLBACKS / LONG_WAVES} back to back), ${limitText} → ${LONG_CALLBACKS} orders, 0 failed`,
		workflowId: BURST_BOTOBOT_WORKFLOW,
		async run(context) {
			const added = await context.instance.addWorkers(EXTRA_WORKERS);
			try {
				const result = await sharedKeyBurst(context, { callbacks: LONG_CALLBACKS, firstId: 61001, waves: LONG_WAVES });
				context.summary.burst = { ...context.summary.burst, sharedKey: [...(context.summary.burst?.sharedKey ?? []), result] };
			} finally {
				// The other checks run with the suite's two workers.
				for (const name of added) await context.instance.stopWorker(name);
			}
		},
	},
];

module.exports = { sharedKeyChecks };
