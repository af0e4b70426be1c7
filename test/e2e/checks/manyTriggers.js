'use strict';
// Issue 20: one n8n with two workflows of the same webhook trigger, each with its own credential (a
// shop with two automations, or two shops). n8n keys dynamic webhooks by path and method alone, so a
// trigger whose path is the same for every node answers only in the first workflow. Each pair is
// made here through n8n's public API (credentials, workflows, publish) and removed afterwards.
const crypto = require('node:crypto');

const { packageName } = require('../../../harness/install/packageInstall');
const { eventually, expect, expectEqual } = require('../../../harness/runner/expect');
const { executionOutput, executionsOf, newExecutions, noNewExecution, productionUrl, waitForWebhook } = require('../../../harness/n8n/webhooks');
const { createKeyCrmOrder, control, resetAll } = require('../services');
const { sampleBotobotOrderOf, sampleBroniboyOrder } = require('../../../sandboxes/samples');

const TRIGGER = 'Trigger';
const secretOf = (label) => `${label}-${crypto.randomBytes(12).toString('hex')}`;
/** The secret segment filled in, as the user pastes the URL into the service. */
const withSecret = (url, secret) => (url.endsWith('/:secret') ? url.replace(/:secret$/, secret) : url);

/** Per service: the trigger, its credential type, and how the service sends one delivery to a URL with a secret. */
const SERVICES = [
	{
		service: 'KeyCRM',
		type: 'keyCrmTrigger',
		credentialType: 'keyCrmWebhookApi',
		parameters: {},
		async send(context, url, secret, tag) {
			const order = await createKeyCrmOrder(context.services, { source_id: 1, source_uuid: tag, buyer: { full_name: 'Two Rules' } });
			const sent = await control(context.services.keyCrm.baseUrl, 'send-webhook', { url: withSecret(url, secret), event: 'order.change_order_status', orderId: order.id, attempts: 1 });
			return { status: sent.attempts[0], id: order.id };
		},
		idOf: (item) => item.id,
	},
	{
		service: 'Aplaut',
		type: 'aplautTrigger',
		credentialType: 'aplautWebhookApi',
		parameters: {},
		async send(context, url, secret, tag) {
			const sent = await control(context.services.aplaut.baseUrl, 'send-review-webhook', { url, event: 'create_review', hookId: tag, hookSecret: secret });
			return { status: sent.status, id: sent.reviewId };
		},
		idOf: (item) => item.reviewId,
	},
	{
		service: 'Broniboy',
		type: 'broniboyTrigger',
		credentialType: 'broniboyWebhookApi',
		parameters: {},
		async send(context, url, secret, tag) {
			const sent = await control(context.services.broniboy.baseUrl, 'send-webhook', { url, event: 'order.changed', data: sampleBroniboyOrder('on_way', 1001), deliveryId: tag, secret });
			return { status: sent.status, id: tag };
		},
		idOf: (item) => item.deliveryId,
	},
	{
		service: 'Botobot',
		type: 'botobotTrigger',
		credentialType: 'botobotWebhookApi',
		parameters: { protection: 'urlSecret' },
		async send(context, url, secret, tag) {
			const id = 70000 + crypto.randomInt(20000);
			const sent = await control(context.services.botobot.baseUrl, 'send-callback', { url: withSecret(url, secret), method: 'POST', order: { ...sampleBotobotOrderOf(2, { id }), time: tag } });
			return { status: sent.status, id };
		},
		idOf: (item) => item.id,
	},
];

function triggerWorkflow(spec, label, credential) {
	return {
		name: `Issue 20: ${spec.service} Trigger ${label}`,
		nodes: [
			{
				id: crypto.randomUUID(),
				name: TRIGGER,
				type: `${packageName}.${spec.type}`,
				typeVersion: 1,
				position: [0, 0],
				webhookId: crypto.randomUUID(),
				parameters: spec.parameters,
				credentials: { [spec.credentialType]: { id: credential.id, name: credential.name } },
			},
		],
		connections: {},
		settings: { executionOrder: 'v1' },
	};
}

/** Two credentials, two workflows, both published; `cleanups` undoes each step. */
async function setUpPair(context, spec, cleanups) {
	const { api } = context;
	const pair = [];
	for (const label of ['A', 'B']) {
		const secret = secretOf(`${spec.service.toLowerCase()}-${label.toLowerCase()}`);
		const credential = await api.publicApi('POST', '/credentials', { name: `${spec.service} webhook ${label} (issue 20)`, type: spec.credentialType, data: { secret } });
		cleanups.push(() => api.publicApi('DELETE', `/credentials/${credential.id}`));
		const created = await api.publicApi('POST', '/workflows', triggerWorkflow(spec, label, credential));
		cleanups.push(() => api.publicApi('DELETE', `/workflows/${created.id}`));
		await api.publicApi('POST', `/workflows/${created.id}/activate`);
		cleanups.push(() => api.publicApi('POST', `/workflows/${created.id}/deactivate`));
		const workflow = { ...created, nodes: created.nodes ?? triggerWorkflow(spec, label, credential).nodes };
		pair.push({ label, secret, workflow, url: productionUrl(context, workflow, TRIGGER) });
	}
	return pair;
}

function manyTriggersCheck(spec) {
	return {
		name: `two ${spec.service} Trigger workflows at once, each with its own credential → each URL starts only its own workflow`,
		async run(context) {
			const { api, services, summary } = context;
			await resetAll(services, ['keyCrm', 'aplaut', 'botobot']);
			const cleanups = [];
			try {
				const pair = await setUpPair(context, spec, cleanups);
				expect(pair[0].url !== pair[1].url, `the two ${spec.service} Triggers have different URLs`, pair.map((one) => one.url));
				for (const one of pair) await waitForWebhook(withSecret(one.url, one.secret));
				for (const [index, one] of pair.entries()) {
					const other = pair[1 - index];
					const before = { own: await executionsOf(api, one.workflow.id), other: await executionsOf(api, other.workflow.id) };
					const tag = `issue20-${spec.service.toLowerCase()}-${one.label}-${Date.now()}`;
					// n8n may answer 404 for a moment after a workflow is published, though its URL already
					// answers OPTIONS: a 404 started nothing, so the sender's retry is the same delivery.
					const sent = await eventually(
						async () => {
							const answer = await spec.send(context, one.url, one.secret, tag);
							return answer.status === 404 ? undefined : answer;
						},
						{ timeoutMs: 10000, intervalMs: 500, what: `${spec.service} Trigger ${one.label} to answer other than 404` },
					);
					expectEqual(sent.status, 200, `answer of ${spec.service} Trigger ${one.label} to its own delivery`);
					const [execution] = await newExecutions(api, one.workflow.id, before.own);
					const [[item]] = executionOutput(execution, TRIGGER);
					expectEqual(String(spec.idOf(item)), String(sent.id), `the delivery that workflow ${one.label} ran`);
					await noNewExecution(api, other.workflow.id, before.other, 2000);
					// The other trigger's secret on this URL is refused: each URL checks its own credential.
					const crossed = await spec.send(context, one.url, other.secret, `${tag}-crossed`);
					expectEqual(crossed.status, 401, `answer of ${spec.service} Trigger ${one.label} to the other credential's secret`);
					summary.webhooks.accepted++;
					summary.webhooks.rejected++;
				}
				const afterAll = await Promise.all(pair.map((one) => executionsOf(api, one.workflow.id)));
				expectEqual(afterAll.map((executions) => executions.length), [1, 1], `executions of the two ${spec.service} workflows`);
			} finally {
				for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
			}
		},
	};
}

const manyTriggerChecks = SERVICES.map(manyTriggersCheck);

module.exports = { manyTriggerChecks };
