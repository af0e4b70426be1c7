'use strict';
// The KeyCRM triggers in a real n8n: the webhook one (example 5) fed by the sandbox's automation
// webhooks, the polling one run by n8n's own poll scheduler (every minute).
const { control, createKeyCrmOrder, journal, resetAll } = require('../services');
const { eventually, expect, expectEqual } = require('../../../harness/runner/expect');
const { executionOutput, executionsOf, newExecutions, noNewExecution, productionUrl } = require('../../../harness/n8n/webhooks');

const WEBHOOK_WORKFLOW = 'osExPaidToCourier';
const TRIGGER = 'KeyCRM order paid';
const POLL_WORKFLOW = 'osE2eKeyCrmPoll1';
const POLLER = 'New Instagram order';
/** How long the late order stays out of the lists: past the next poll (every minute), not two. */
const LATE_MS = 75000;

const keyCrmTime = (ms) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** `<n8n>/webhook/<webhookId>/keycrm/<webhookId>/<secret>`: the node's URL with `:secret` filled in, as the user pastes it into KeyCRM. */
function triggerUrl(context, secret) {
	const workflow = context.workflows.find((candidate) => candidate.id === WEBHOOK_WORKFLOW);
	const shown = productionUrl(context, workflow, TRIGGER);
	const node = workflow.nodes.find((candidate) => candidate.name === TRIGGER);
	expect(shown.endsWith(`/keycrm/${node.webhookId}/:secret`), 'the KeyCRM Trigger declares the path with its webhook id and a secret segment', shown);
	return shown.replace(/:secret$/, secret ?? context.services.keyCrm.webhookSecret);
}

/** A production URL with a dynamic path answers 404 until n8n has registered it. */
async function waitForTrigger(url) {
	const deadline = Date.now() + 30000;
	while (Date.now() < deadline) {
		const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).catch(() => undefined);
		if (response && response.status !== 404) return;
		await new Promise((resolve) => setTimeout(resolve, 300));
	}
	throw new Error(`webhook ${url} was not registered within 30 s`);
}

const shipping = { shipping_address_city: 'Kyiv', shipping_secondary_line: 'Khreshchatyk St 22, apt 5', recipient_phone: '+380671234567' };

async function paidOrder(services, sourceUuid) {
	const order = await createKeyCrmOrder(services, { source_id: 1, source_uuid: sourceUuid, buyer: { full_name: 'Olena Kovalenko', phone: '+380671234567' }, shipping, products: [{ sku: 'TEA-001', name: 'Green tea', price: 250, quantity: 2 }] });
	const paid = await fetch(`${services.keyCrm.baseUrl}/order/${order.id}/payment`, {
		method: 'POST',
		headers: { Authorization: `Bearer ${services.keyCrm.apiKey}`, 'Content-Type': 'application/json', Accept: 'application/json' },
		body: JSON.stringify({ payment_method_id: 3, amount: 500, status: 'paid' }),
	});
	expect(paid.status === 201, 'the KeyCRM sandbox took the payment', paid.status);
	return order;
}

function deliveriesTo(entries) {
	return entries.filter((entry) => entry.method === 'POST' && /^\/orders\/create\/?$/.test(entry.path));
}

const keyCrmWebhookPaid = {
	name: 'KeyCRM automation webhook (payment → paid, POST) → one execution with the full order, one Broniboy delivery',
	workflowId: WEBHOOK_WORKFLOW,
	async run(context) {
		const { api, services, summary } = context;
		const url = triggerUrl(context);
		await waitForTrigger(url);
		await resetAll(services, ['keyCrm', 'broniboy']);
		const before = await executionsOf(api, WEBHOOK_WORKFLOW);
		await control(services.keyCrm.baseUrl, 'automation-rule', { url, method: 'POST', events: ['order.change_payment_status'] });
		const order = await paidOrder(services, 'site-5001');
		const [sent] = await control(services.keyCrm.baseUrl, 'sent-webhooks');
		expectEqual({ event: sent.event, attempts: sent.attempts }, { event: 'order.change_payment_status', attempts: [200] }, 'the sandbox fired its rule once, answered 200');
		const [execution] = await newExecutions(api, WEBHOOK_WORKFLOW, before);
		expect(execution.status === 'success', 'the execution succeeded', { status: execution.status, error: execution.data?.resultData?.error });
		summary.webhooks.accepted++;
		const [[item]] = executionOutput(execution, TRIGGER);
		expectEqual(
			{ event: item.event, id: item.id, phone: item.buyer?.phone, city: item.shipping?.shipping_address_city, contextId: item.context?.id },
			{ event: 'order.change_payment_status', id: order.id, phone: '+380671234567', city: 'Kyiv', contextId: order.id },
			'trigger item: the full order with buyer and shipping, and the webhook context',
		);
		const created = deliveriesTo(await journal(services, 'broniboy'));
		expect(created.length === 1, 'one Broniboy delivery created', created.map((entry) => entry.path));
		expectEqual(
			created[0].body.drop_off,
			[{ address: { address: 'Kyiv, Khreshchatyk St 22, apt 5' }, client_phone: '+380671234567', comment: `Recipient: Olena Kovalenko\nKeyCRM #${order.id}` }],
			'drop-off mapped by "From a KeyCRM Order" (source UUID site-5001 is no Botobot order: no Botobot part)',
		);
		expectEqual(created[0].body.payment_type, 'b2b_account', 'payment type of a paid KeyCRM order');
		summary.workflows.push('Example 5 via a KeyCRM automation webhook');

		// KeyCRM sends again when it misses the 200: copies (also at the same instant) start nothing.
		const beforeRepeat = await executionsOf(api, WEBHOOK_WORKFLOW);
		const copies = await control(services.keyCrm.baseUrl, 'send-webhook', { url, event: 'order.change_payment_status', orderId: order.id, copies: 3 });
		expectEqual(copies.map((copy) => copy.attempts), [[200], [200], [200]], 'every copy answered 200');
		await noNewExecution(api, WEBHOOK_WORKFLOW, beforeRepeat);
		expectEqual(deliveriesTo(await journal(services, 'broniboy')).length, 1, 'Broniboy deliveries after the repeats');
		summary.webhooks.rejected += 3;
	},
};

const keyCrmWebhookGet = {
	name: 'KeyCRM automation webhook by GET, three copies at the same instant → one execution',
	workflowId: WEBHOOK_WORKFLOW,
	async run(context) {
		const { api, services, summary } = context;
		const url = triggerUrl(context);
		await waitForTrigger(url);
		await resetAll(services, ['keyCrm', 'broniboy']);
		// A reset sandbox numbers orders from 1 again, which KeyCRM never does: order 1 of the check
		// before, paid in the same second, would be the same delivery.
		await createKeyCrmOrder(services, { source_id: 1, buyer: { full_name: 'Not this one' } });
		const order = await paidOrder(services, 'site-5002');
		const before = await executionsOf(api, WEBHOOK_WORKFLOW);
		const copies = await control(services.keyCrm.baseUrl, 'send-webhook', { url, method: 'GET', event: 'order.change_payment_status', orderId: order.id, copies: 3 });
		expectEqual(copies.map((copy) => copy.attempts), [[200], [200], [200]], 'answers to the GETs');
		expectEqual(copies.filter((copy) => copy.body?.duplicate === true).length, 2, 'copies answered as repeats');
		const [execution] = await newExecutions(api, WEBHOOK_WORKFLOW, before);
		const [[item]] = executionOutput(execution, TRIGGER);
		expectEqual({ id: item.id, contextId: item.context?.id }, { id: order.id, contextId: String(order.id) }, 'trigger item of the GET');
		const afterFirst = await executionsOf(api, WEBHOOK_WORKFLOW);
		await noNewExecution(api, WEBHOOK_WORKFLOW, afterFirst);
		expectEqual(deliveriesTo(await journal(services, 'broniboy')).length, 1, 'Broniboy deliveries from the three copies');
		summary.webhooks.accepted++;
		summary.webhooks.rejected += 2;
	},
};

const keyCrmWebhookWrongSecret = {
	name: 'KeyCRM webhook with a wrong secret in the URL → 401, no execution, KeyCRM not read',
	workflowId: WEBHOOK_WORKFLOW,
	async run(context) {
		const { api, services, summary } = context;
		await waitForTrigger(triggerUrl(context));
		await resetAll(services, ['keyCrm', 'broniboy']);
		const order = await paidOrder(services, 'site-5003');
		const before = await executionsOf(api, WEBHOOK_WORKFLOW);
		const sent = await control(services.keyCrm.baseUrl, 'send-webhook', { url: triggerUrl(context, 'not-the-secret-at-all-0000'), event: 'order.change_payment_status', orderId: order.id });
		expectEqual(sent.attempts, [401, 401, 401], 'answers to a wrong secret (KeyCRM tries again, in vain)');
		await noNewExecution(api, WEBHOOK_WORKFLOW, before);
		const reads = (await journal(services, 'keyCrm')).filter((entry) => entry.method === 'GET');
		expectEqual(reads.length, 0, 'KeyCRM reads after a refused webhook');
		summary.webhooks.rejected++;
	},
};

/** The order ids the successful polls among `runs` delivered. */
const deliveredBy = (runs) => runs.filter((run) => run.status === 'success').flatMap((run) => executionOutput(run, POLLER)[0].map((item) => item.id));

/** 250 new Instagram orders stored at once: 60 created in the same second, the rest now. */
async function seedCrowd(services, buyer) {
	const seed = async (count, fields) => (await control(services.keyCrm.baseUrl, 'seed-orders', { count, order: { source_id: 3, buyer, ...fields } })).ids;
	const sameSecond = keyCrmTime(Date.now());
	return [...(await seed(60, { created_at: sameSecond, updated_at: sameSecond })), ...(await seed(190, {}))];
}

async function waitForPoll(api, before, timeoutMs = 150000) {
	const known = new Set(before.map((execution) => execution.id));
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const fresh = (await executionsOf(api, POLL_WORKFLOW)).filter((execution) => !known.has(execution.id));
		if (fresh.length > 0) return fresh;
		await new Promise((resolve) => setTimeout(resolve, 2000));
	}
	throw new Error(`no poll execution of ${POLL_WORKFLOW} within ${timeoutMs / 1000} s`);
}

const keyCrmPolling = {
	name: "KeyCRM Poll Trigger through n8n's poll scheduler: new orders once, a failed poll loses nothing, 250 new orders (60 in one second) once each",
	workflowId: POLL_WORKFLOW,
	async run(context) {
		const { api, services, summary } = context;
		const before = await executionsOf(api, POLL_WORKFLOW);
		expectEqual(before.length, 0, 'executions before any new order (the first poll starts from now)');
		// Published here, not with the webhook workflows, so its polls do not land in other checks' journals.
		await resetAll(services, ['keyCrm']);
		await api.publicApi('POST', `/workflows/${POLL_WORKFLOW}/activate`);
		try {
			// The first poll (at publishing, or by the schedule) notes where KeyCRM stands and delivers nothing.
			await eventually(
				async () => (await journal(services, 'keyCrm')).some((entry) => entry.method === 'GET' && entry.path === '/order'),
				{ timeoutMs: 150000, intervalMs: 1000, what: 'the first poll of the KeyCRM Poll Trigger' },
			);
			const buyer = { full_name: 'Iryna Melnyk', phone: '+380631234567' };
			// Made first, listed only after the next poll (a slow transaction at KeyCRM): a lower id and
			// an earlier created_at than orders delivered before it shows up.
			const late = await createKeyCrmOrder(services, { source_id: 3, buyer });
			await control(services.keyCrm.baseUrl, 'hide-order', { id: late.id, ms: LATE_MS });
			const a = await createKeyCrmOrder(services, { source_id: 3, buyer });
			const b = await createKeyCrmOrder(services, { source_id: 3, buyer });
			// Imported with the shop's own order time ten minutes back: created now all the same.
			const imported = await createKeyCrmOrder(services, { source_id: 3, buyer, ordered_at: keyCrmTime(Date.now() - 10 * 60000) });
			await createKeyCrmOrder(services, { source_id: 1, buyer });
			const [first, ...more] = await waitForPoll(api, before);
			expect(more.length === 0 && first.status === 'success', 'one successful poll execution', [first, ...more].map((e) => e.status));
			const [items] = executionOutput(first, POLLER);
			expectEqual(
				items.map((item) => [item.id, item.buyer?.full_name]),
				[[a.id, buyer.full_name], [b.id, buyer.full_name], [imported.id, buyer.full_name]],
				'polled orders (the imported one with an old ordered_at included, the late one not listed yet)',
			);
			summary.workflows.push('KeyCRM Poll Trigger: 3 new orders, one with an old ordered_at');

			// The next scheduled poll fails (KeyCRM answers 500); the one after gets a 429 without
			// Retry-After and waits out KeyCRM's minute, past the next scheduled poll, which must skip its
			// turn: the late order and the one made meanwhile come once, with the poll that waited.
			const c = await createKeyCrmOrder(services, { source_id: 3, buyer });
			await control(services.keyCrm.baseUrl, 'fault', { fault: { kind: 'status', status: 500, body: { message: 'Server Error' } }, method: 'GET', path: '^/order$', times: 1 });
			await control(services.keyCrm.baseUrl, 'fault', { fault: { kind: 'status', status: 429, body: { message: 'Too Many Attempts.' } }, method: 'GET', path: '^/order$', times: 1 });
			const afterFirst = await executionsOf(api, POLL_WORKFLOW);
			let caught;
			const deadline = Date.now() + 290000;
			while (!caught && Date.now() < deadline) {
				const fresh = await waitForPoll(api, afterFirst, deadline - Date.now());
				caught = fresh.find((execution) => execution.status === 'success');
				if (!caught) await new Promise((resolve) => setTimeout(resolve, 2000));
			}
			expect(caught, 'a successful poll after the failed one');
			const statuses = (await journal(services, 'keyCrm')).filter((entry) => entry.method === 'GET' && entry.path === '/order').map((entry) => entry.status);
			expectEqual([statuses.filter((status) => status === 500).length, statuses.filter((status) => status === 429).length], [1, 1], 'polls KeyCRM refused with 500, then with 429');
			const [caughtItems] = executionOutput(caught, POLLER);
			expectEqual(caughtItems.map((item) => item.id), [late.id, c.id], 'the late order and the one made before the failed poll, delivered once by the poll that waited');
			const runs = (await executionsOf(api, POLL_WORKFLOW)).filter((execution) => !afterFirst.some((known) => known.id === execution.id));
			const delivered = runs.filter((run) => run.status === 'success').flatMap((run) => executionOutput(run, POLLER)[0].map((item) => item.id));
			expectEqual(delivered.sort((x, y) => x - y), [late.id, c.id], 'orders delivered by every poll after the first delivery (none twice)');
			summary.workflows.push('KeyCRM Poll Trigger: caught up after a failed poll and a 429 without Retry-After, a late order once');

			// 250 new orders between two polls, 60 of them created in one second (seeded past the API
			// and its rate limit): every one delivered once, over as many polls as the page deadline takes.
			const afterCaught = await executionsOf(api, POLL_WORKFLOW);
			const crowd = await seedCrowd(services, buyer);
			const crowdRuns = await eventually(
				async () => {
					const fresh = (await executionsOf(api, POLL_WORKFLOW)).filter((execution) => !afterCaught.some((known) => known.id === execution.id));
					return crowd.every((id) => deliveredBy(fresh).includes(id)) ? fresh : undefined;
				},
				{ timeoutMs: 210000, intervalMs: 2000, what: 'the 250 orders of the crowd delivered' },
			);
			expect(crowdRuns.every((run) => run.status === 'success'), 'every poll of the crowd succeeded', crowdRuns.map((run) => run.status));
			const crowdDelivered = deliveredBy(crowdRuns);
			expectEqual([crowdDelivered.length, new Set(crowdDelivered).size], [crowd.length, crowd.length], 'orders of the crowd delivered: each of the 250 once');
			expectEqual([...crowdDelivered].sort((x, y) => x - y), [...crowd].sort((x, y) => x - y), 'the crowd and nothing else');
			summary.workflows.push('KeyCRM Poll Trigger: 250 new orders, 60 created in one second, each once');
		} finally {
			await api.publicApi('POST', `/workflows/${POLL_WORKFLOW}/deactivate`);
		}
	},
};

const keyCrmTriggerChecks = [keyCrmWebhookPaid, keyCrmWebhookGet, keyCrmWebhookWrongSecret, keyCrmPolling];

module.exports = { keyCrmTriggerChecks };
