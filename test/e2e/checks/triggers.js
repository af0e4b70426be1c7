'use strict';
// Issue 15 in a real n8n: the Aplaut Trigger fed by the Aplaut sandbox's webhook sender (example 5),
// and the polling triggers run by n8n's own poll scheduler (examples 6 and 7, published here).
const { control, createKeyCrmOrder, journal, resetAll } = require('../services');
const { eventually, expect, expectEqual } = require('../../../harness/runner/expect');
const { executionOutput, executionsOf, newExecutions, noNewExecution, productionUrl, waitForWebhook } = require('../../../harness/n8n/webhooks');

const APLAUT_HOOK_WORKFLOW = 'osExBadReviewAlert';
const APLAUT_POLL_WORKFLOW = 'osExPollBadReviews';
const BOTOBOT_POLL_WORKFLOW = 'osExBotobotPaidCrm';
// everyMinute fires once a minute at a random second: a change waits at most ~60 s, give it two polls.
const POLL_WAIT_MS = 150000;
/** How long a late record stays out of the lists: past the next poll (every minute). */
const LATE_MS = 75000;

const workflowOf = (context, id) => context.workflows.find((workflow) => workflow.id === id);

async function sendReviewHook(context, input) {
	const url = productionUrl(context, workflowOf(context, APLAUT_HOOK_WORKFLOW), 'Aplaut review created');
	await waitForWebhook(url);
	return await control(context.services.aplaut.baseUrl, 'send-review-webhook', { url, ...input });
}

const aplautHookAccepted = {
	name: 'Aplaut review webhook (create_review, 2★) → one execution, manager alert built, secret not in the data',
	workflowId: APLAUT_HOOK_WORKFLOW,
	async run(context) {
		const { api, services, summary } = context;
		const before = await executionsOf(api, APLAUT_HOOK_WORKFLOW);
		const sent = await sendReviewHook(context, { event: 'create_review', hookId: 'e2e-hook-1' });
		expectEqual({ status: sent.status, body: sent.body }, { status: 200, body: { received: true } }, 'answer to a valid delivery');
		const [execution] = await newExecutions(api, APLAUT_HOOK_WORKFLOW, before);
		expect(execution.status === 'success', 'the execution succeeded', { status: execution.status, error: execution.data?.resultData?.error });
		const [[item]] = executionOutput(execution, 'Aplaut review created');
		expectEqual({ event: item.event, hookId: item.hookId, reviewId: item.reviewId, rating: item.review.rating }, { event: 'create_review', hookId: 'e2e-hook-1', reviewId: sent.reviewId, rating: 2 }, 'trigger item');
		const [[alert]] = executionOutput(execution, 'Alert for the manager');
		expectEqual(alert, { alert: '⚠️ 2★ review from Olena K.: The parcel came late and the box was damaged.', reviewId: sent.reviewId }, 'manager alert');
		expect(!JSON.stringify(execution.data).includes(services.aplaut.webhookSecret), 'the webhook secret appears nowhere in the execution');
		summary.webhooks.accepted++;
		summary.workflows.push('Example 5 via an Aplaut review webhook');
	},
};

function aplautHookRefused(secret) {
	return {
		name: `Aplaut review webhook with a ${secret} secret → 401, no execution`,
		workflowId: APLAUT_HOOK_WORKFLOW,
		async run(context) {
			const { api, summary } = context;
			const before = await executionsOf(api, APLAUT_HOOK_WORKFLOW);
			const sent = await sendReviewHook(context, { event: 'create_review', secret });
			expectEqual(sent.status, 401, `answer to a ${secret} secret`);
			await noNewExecution(api, APLAUT_HOOK_WORKFLOW, before);
			summary.webhooks.rejected++;
		},
	};
}

const aplautHookRepeats = {
	name: 'Aplaut review webhook: 5 copies of one delivery at once, then once more → one execution',
	workflowId: APLAUT_HOOK_WORKFLOW,
	async run(context) {
		const { api, services, summary } = context;
		const before = await executionsOf(api, APLAUT_HOOK_WORKFLOW);
		const [reviewId] = (await control(services.aplaut.baseUrl, 'seed', { type: 'reviews', attributes: { rating: 1, body: 'Never arrived', state: 'waiting' } })).ids;
		const sent = await sendReviewHook(context, { event: 'create_review', hookId: 'e2e-hook-2', reviewId, copies: 5 });
		const answers = sent.answers.map((answer) => JSON.stringify({ status: answer.status, body: answer.body })).sort();
		expectEqual(
			answers,
			[...Array(4).fill(JSON.stringify({ status: 200, body: { received: true, duplicate: true } })), JSON.stringify({ status: 200, body: { received: true } })].sort(),
			'answers to the copies',
		);
		const [execution] = await newExecutions(api, APLAUT_HOOK_WORKFLOW, before);
		expectEqual(executionOutput(execution, 'Aplaut review created')[0][0].reviewId, reviewId, 'the one execution is for the review');
		const afterFirst = await executionsOf(api, APLAUT_HOOK_WORKFLOW);
		const again = await sendReviewHook(context, { event: 'create_review', hookId: 'e2e-hook-2', reviewId });
		expectEqual(again.body, { received: true, duplicate: true }, 'answer to a later repeat');
		// An event the workflow does not select is acknowledged and ignored.
		const other = await sendReviewHook(context, { event: 'publish_review', hookId: 'e2e-hook-2', reviewId });
		expectEqual(other.body, { received: true, ignored: 'event "publish_review" is not selected' }, 'answer to an unselected event');
		await noNewExecution(api, APLAUT_HOOK_WORKFLOW, afterFirst);
		summary.webhooks.accepted++;
		summary.webhooks.rejected += 6;
	},
};

async function setActive(api, workflowId, active) {
	await api.publicApi('POST', `/workflows/${workflowId}/${active ? 'activate' : 'deactivate'}`);
}

/** Waits for executions of a polling workflow after `before`; returns them oldest first. */
async function pollExecutions(context, workflowId, before, done, what, timeoutMs = POLL_WAIT_MS) {
	const { api } = context;
	const known = new Set(before.map((execution) => execution.id));
	return await eventually(
		async () => {
			const fresh = (await executionsOf(api, workflowId)).filter((execution) => !known.has(execution.id)).reverse();
			return done(fresh) ? fresh : undefined;
		},
		{ timeoutMs, intervalMs: 2000, what },
	).catch(async (error) => {
		const [service, path] = workflowId === BOTOBOT_POLL_WORKFLOW ? ['botobot', '/orders'] : ['aplaut', '/reviews'];
		throw new Error(`${error.message}\n    ${service} ${path} was asked: ${JSON.stringify(await asked(context.services, service, path)).slice(0, 1500)}`);
	});
}

/** Waits until a polling trigger has asked the sandbox at least once (its first poll ran). */
async function firstPoll(services, name, path) {
	await eventually(
		async () => (await journal(services, name)).some((entry) => entry.method === 'GET' && entry.path === path && entry.status === 200),
		{ timeoutMs: 90000, intervalMs: 1000, what: `the first poll of ${name} ${path}` },
	);
}

/** What the sandbox was asked, for a failure message. */
async function asked(services, name, path) {
	return (await journal(services, name))
		.filter((entry) => entry.path === path)
		.map((entry) => ({ at: new Date(entry.at).toISOString().slice(11, 19), query: entry.query, status: entry.status }));
}

const seedReviews = async (services, ratings) => {
	const ids = [];
	for (const rating of ratings) {
		const seeded = await control(services.aplaut.baseUrl, 'seed', { type: 'reviews', attributes: { rating, body: `${rating} stars`, author_name: 'Buyer', state: 'waiting' } });
		ids.push(...seeded.ids);
	}
	return ids;
};

/** 250 new 1★ reviews: 60 created in the same millisecond, 2 imported with an old created_at. */
async function seedCrowd(services) {
	const seed = async (count, attributes) =>
		(await control(services.aplaut.baseUrl, 'seed', { type: 'reviews', count, attributes: { rating: 1, body: 'crowd', author_name: 'Buyer', state: 'waiting', ...attributes } })).ids;
	const sameTime = new Date().toISOString();
	return [
		...(await seed(60, { created_at: sameTime, updated_at: sameTime })),
		...(await seed(2, { created_at: '2025-06-01T10:00:00.000Z' })),
		...(await seed(188, {})),
	];
}

const pollingCheck = {
	name: "poll triggers in n8n's scheduler: nothing old; new 1–2★ Aplaut reviews → alerts; Botobot paid order → KeyCRM payment; a failed poll loses nothing; 250 new Aplaut reviews and 250 paid Botobot orders once each",
	workflowId: APLAUT_POLL_WORKFLOW,
	async run(context) {
		const { api, services, summary } = context;
		await resetAll(services, ['aplaut', 'botobot', 'keyCrm']);
		// Already there before publishing: must never start the workflow.
		await seedReviews(services, [1]);
		await control(services.botobot.baseUrl, 'add-order', {});
		const botobot = services.botobot;
		const pay = async (id) => {
			const response = await fetch(`${botobot.baseUrl}/paidOrder/${botobot.token}`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
				body: `id=${id}`,
			});
			expectEqual(response.status, 200, `Botobot sandbox paidOrder ${id}`);
		};
		await pay(1004);
		const beforeAplaut = await executionsOf(api, APLAUT_POLL_WORKFLOW);
		const beforeBotobot = await executionsOf(api, BOTOBOT_POLL_WORKFLOW);
		try {
			// The first poll (n8n runs one when publishing, else the schedule does) notes what exists
			// and delivers nothing: the changes below come after it.
			await setActive(api, APLAUT_POLL_WORKFLOW, true);
			await setActive(api, BOTOBOT_POLL_WORKFLOW, true);
			await firstPoll(services, 'aplaut', '/reviews');
			await firstPoll(services, 'botobot', '/orders');
			const keyCrmOrder = await createKeyCrmOrder(services, {
				source_id: 2,
				source_uuid: '1002',
				buyer: { full_name: 'Taras Shevchuk', phone: '+380501112233' },
				products: [{ sku: 'TEA-GRN-100', name: 'Green tea Sencha 100 g', price: 320, quantity: 2 }],
			});
			const [low1, , low2] = await seedReviews(services, [1, 4, 2]);
			await pay(1002);

			const [aplautRun] = await pollExecutions(context, APLAUT_POLL_WORKFLOW, beforeAplaut, (fresh) => fresh.length >= 1, 'the Aplaut poll to start a run');
			expect(aplautRun.status === 'success', 'the Aplaut poll run succeeded', { status: aplautRun.status, error: aplautRun.data?.resultData?.error });
			expectEqual(executionOutput(aplautRun, 'New 1–2 star reviews')[0].map((item) => item.id), [low1, low2], 'reviews the poll delivered');
			expectEqual(
				executionOutput(aplautRun, 'Alert for the manager')[0].map((item) => item.alert),
				['⚠️ 1★ review from Buyer: 1 stars', '⚠️ 2★ review from Buyer: 2 stars'],
				'manager alerts',
			);
			const [botobotRun] = await pollExecutions(context, BOTOBOT_POLL_WORKFLOW, beforeBotobot, (fresh) => fresh.length >= 1, 'the Botobot poll to start a run');
			expect(botobotRun.status === 'success', 'the Botobot poll run succeeded', { status: botobotRun.status, error: botobotRun.data?.resultData?.error });
			const [[paid]] = executionOutput(botobotRun, 'Botobot order paid');
			expectEqual({ id: paid.id, paid: paid.paid }, { id: 1002, paid: true }, 'the paid order (not 1004, paid before publishing)');
			const payments = (await journal(services, 'keyCrm')).filter((entry) => entry.method === 'POST' && entry.path === `/order/${keyCrmOrder.id}/payment`);
			expectEqual(
				payments.map((entry) => ({ status: entry.status, body: entry.body })),
				[{ status: 201, body: { amount: paid.cost_total, status: 'paid', description: 'Paid in the Botobot shop, order #1002', payment_method_id: 3 } }],
				'KeyCRM payment (Add Payment "From a Botobot Paid Order", the order found by its source UUID)',
			);
			const orderLists = (await journal(services, 'botobot')).filter((entry) => entry.path === '/orders');
			expect(orderLists.length > 0 && orderLists.every((entry) => entry.headers.authorization === `Bearer ${botobot.token}` && !JSON.stringify(entry.query).includes(botobot.token)), 'GET /orders with the token as Bearer only', orderLists.length);

			// A poll that fails (HTTP 500) keeps its watermark: the next ones deliver, each review once:
			// one listed only after a later poll (a lower id than reviews delivered before it shows up),
			// then 250 new ones, 60 created in the same millisecond and 2 imported with an old created_at.
			const afterFirst = await executionsOf(api, APLAUT_POLL_WORKFLOW);
			// Botobot, in the same minutes: a paid order listed only after a later poll, below one paid
			// and delivered before it shows up.
			const afterBotobot = await executionsOf(api, BOTOBOT_POLL_WORKFLOW);
			const lateOrder = await control(botobot.baseUrl, 'add-order', {});
			await control(botobot.baseUrl, 'hide-order', { id: lateOrder.id, ms: LATE_MS });
			const nextOrder = await control(botobot.baseUrl, 'add-order', {});
			for (const order of [lateOrder, nextOrder]) {
				await createKeyCrmOrder(services, { source_id: 2, source_uuid: String(order.id), buyer: { full_name: 'Late Buyer', phone: '+380501112244' } });
				await pay(order.id);
			}
			await control(services.aplaut.baseUrl, 'fault', { path: '^/reviews$', times: 1, fault: { kind: 'status', status: 500, body: 'Internal Server Error' } });
			const [hidden] = await seedReviews(services, [2]);
			await control(services.aplaut.baseUrl, 'hide', { type: 'reviews', id: hidden, ms: LATE_MS });
			const [late] = await seedReviews(services, [1]);
			const crowd = await seedCrowd(services);
			const wanted = [hidden, late, ...crowd];
			const deliveredBy = (runs) => runs.filter((run) => run.status === 'success').flatMap((run) => executionOutput(run, 'New 1–2 star reviews')[0].map((item) => item.id));
			const runs = await pollExecutions(
				context,
				APLAUT_POLL_WORKFLOW,
				afterFirst,
				(fresh) => wanted.every((id) => deliveredBy(fresh).includes(id)),
				'a failed poll, then every new review delivered',
				POLL_WAIT_MS + LATE_MS,
			);
			const failed = (await journal(services, 'aplaut')).filter((entry) => entry.path === '/reviews' && entry.status === 500);
			expectEqual(failed.length, 1, 'polls Aplaut answered with 500');
			const delivered = deliveredBy(runs);
			expectEqual([delivered.length, new Set(delivered).size], [wanted.length, wanted.length], 'reviews delivered after the failed poll: each of the 252 once');
			const paidBy = (fresh) => fresh.filter((run) => run.status === 'success').flatMap((run) => executionOutput(run, 'Botobot order paid')[0].map((item) => item.id));
			const botobotRuns = await pollExecutions(context, BOTOBOT_POLL_WORKFLOW, afterBotobot, (fresh) => paidBy(fresh).includes(lateOrder.id), 'the late paid Botobot order', POLL_WAIT_MS);
			expectEqual(paidBy(botobotRuns).sort(), [lateOrder.id, nextOrder.id].sort(), 'Botobot orders paid after the first run: the late one and the next, each once');

			// Then 250 new orders, paid already, in one poll (Botobot orders carry no time): each delivered
			// once. No KeyCRM order has their source UUIDs, so Add Payment fails those runs after the trigger.
			const afterLate = await executionsOf(api, BOTOBOT_POLL_WORKFLOW);
			const { ids: paidCrowd } = await control(botobot.baseUrl, 'add-paid-orders', { count: 250 });
			const triggered = (fresh) => fresh.flatMap((run) => executionOutput(run, 'Botobot order paid')[0].map((item) => item.id));
			const crowdRuns = await pollExecutions(context, BOTOBOT_POLL_WORKFLOW, afterLate, (fresh) => paidCrowd.every((id) => triggered(fresh).includes(id)), 'the 250 paid Botobot orders', POLL_WAIT_MS);
			const crowdPaid = triggered(crowdRuns);
			expectEqual([crowdPaid.length, new Set(crowdPaid).size], [paidCrowd.length, paidCrowd.length], 'paid Botobot orders of the crowd delivered: each of the 250 once');
			expectEqual([...crowdPaid].sort((x, y) => x - y), paidCrowd, 'the crowd and nothing else');
			const stops = crowdRuns.map((run) => run.data?.resultData?.error?.message ?? run.status);
			expect(stops.every((stop) => /No KeyCRM order has source UUID/.test(stop)), 'the crowd runs stop at Add Payment: no KeyCRM order for these Botobot orders', stops);
			summary.workflows.push('Example 6 and 7 through the poll scheduler');
		} finally {
			await setActive(api, APLAUT_POLL_WORKFLOW, false).catch(() => undefined);
			await setActive(api, BOTOBOT_POLL_WORKFLOW, false).catch(() => undefined);
		}
	},
};

const triggerChecks = [aplautHookAccepted, aplautHookRefused('wrong'), aplautHookRefused('missing'), aplautHookRepeats, pollingCheck];

module.exports = { triggerChecks };
