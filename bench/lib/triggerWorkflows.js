'use strict';
// The workflows the trigger benchmark loads, each holding only its trigger, and the deliveries sent
// to them. Our two triggers face n8n's Webhook node twice: plain, and with Header Auth — the fair
// baseline for a trigger that checks a secret, since it reads a credential per request too.
const { buildWebhookDelivery, sampleBotobotOrderOf, sampleBroniboyOrder } = require('../../sandboxes/samples');

const BRONIBOY_WORKFLOW = 'benchBroniboyTr1';
const BOTOBOT_WORKFLOW = 'benchBotobotTr01';
const BOTOBOT_NO_MEMORY_WORKFLOW = 'benchBotobotTr02';
const WEBHOOK_WORKFLOW = 'benchPlainHook01';
/** n8n's Webhook node has Header Auth but no query-string auth: the Botobot secret goes in this header. */
const BOTOBOT_SECRET_HEADER = 'x-botobot-secret';

const PATHS = {
	plain: 'bench-plain',
	broniboy: 'bench-broniboy/webhook',
	botobot: 'bench-botobot/botobot',
	botobotNoMemory: 'bench-botobot-no-memory/botobot',
	headerAuthBroniboy: 'bench-header-auth-broniboy',
	headerAuthBotobot: 'bench-header-auth-botobot',
};

function webhookNode(id, path, extra = {}) {
	return {
		id,
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: path,
		parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {}, ...extra.parameters },
		...(extra.credentials ? { credentials: extra.credentials } : {}),
	};
}

function workflow(id, name, node) {
	return { id, name, nodes: [node], connections: {}, settings: { executionOrder: 'v1' } };
}

function botobotTrigger(webhookId, ignoreRepeats) {
	return {
		id: 't1',
		name: 'Botobot Trigger',
		type: 'n8n-nodes-order-sync.botobotTrigger',
		typeVersion: 1,
		position: [0, 0],
		webhookId,
		parameters: { protection: 'urlSecret', ignoreRepeats, options: {} },
		credentials: { botobotWebhookApi: { id: 'osSandboxBotHook', name: 'Botobot Webhook (sandbox)' } },
	};
}

/** Imported at start: our triggers (their credentials exist by then) and the plain Webhook node. */
function workflows() {
	return [
		workflow(BRONIBOY_WORKFLOW, 'Bench: Broniboy Trigger', {
			id: 'b1',
			name: 'Broniboy Trigger',
			type: 'n8n-nodes-order-sync.broniboyTrigger',
			typeVersion: 1,
			position: [0, 0],
			webhookId: 'bench-broniboy',
			parameters: { events: ['*'] },
			credentials: { broniboyWebhookApi: { id: 'osSandboxBrnHook', name: 'Broniboy Webhook (sandbox)' } },
		}),
		workflow(BOTOBOT_WORKFLOW, 'Bench: Botobot Trigger', botobotTrigger('bench-botobot', true)),
		// Diagnostic: without its delivery memory the trigger leaves the static data alone, so n8n
		// saves nothing after the request — the difference is what remembering deliveries costs.
		workflow(BOTOBOT_NO_MEMORY_WORKFLOW, 'Bench: Botobot Trigger, no delivery memory', botobotTrigger('bench-botobot-no-memory', false)),
		workflow(WEBHOOK_WORKFLOW, 'Bench: plain Webhook', webhookNode('w1', PATHS.plain)),
	];
}

/**
 * The Webhook node with Header Auth, twice: checking Broniboy's Hook-HMAC header (the valid
 * signature of the benchmark's one body, so the same requests pass both) and the Botobot secret
 * in a header. Created through the public API once n8n runs (the credentials need ids n8n gives),
 * once per data folder. Resolves with each one's workflow id by its path.
 */
async function createHeaderAuthWebhooks(api, { broniboySignature, botobotSecret }) {
	const pairs = [
		{ path: PATHS.headerAuthBroniboy, name: 'Bench: Webhook + Header Auth (Hook-HMAC)', header: 'Hook-HMAC', value: broniboySignature },
		{ path: PATHS.headerAuthBotobot, name: 'Bench: Webhook + Header Auth (Botobot secret)', header: BOTOBOT_SECRET_HEADER, value: botobotSecret },
	];
	// n8n runs twice on one data folder (both expression engines): the second start finds them there.
	const existing = new Map((await api.publicApi('GET', '/workflows?limit=250')).data.map((found) => [found.name, found.id]));
	const ids = {};
	for (const pair of pairs) {
		if (existing.has(pair.name)) {
			ids[pair.path] = existing.get(pair.name);
			continue;
		}
		const credential = await api.publicApi('POST', '/credentials', { name: pair.name, type: 'httpHeaderAuth', data: { name: pair.header, value: pair.value } });
		const node = webhookNode('h1', pair.path, {
			parameters: { authentication: 'headerAuth' },
			credentials: { httpHeaderAuth: { id: credential.id, name: pair.name } },
		});
		const { nodes, connections, settings } = workflow(undefined, pair.name, node);
		const created = await api.publicApi('POST', '/workflows', { name: pair.name, nodes, connections, settings });
		await api.publicApi('POST', `/workflows/${created.id}/activate`);
		ids[pair.path] = created.id;
	}
	return ids;
}

/**
 * The sample Broniboy order, changed and signed as Broniboy signs it (the signature covers the `data`
 * text). `own(id, signature)` is one of its own: the trigger knows a delivery by its id AND by its
 * signed data, so each request of a load needs an order of its own, or it is a repeat.
 */
function broniboyDelivery(secret) {
	const delivery = (signature, id = 1001) =>
		buildWebhookDelivery({ event: 'order.changed', data: { ...sampleBroniboyOrder('cooking', 1001), id: String(id) }, bodyFormat: 'compact', secret, signature });
	const { rawBody, headers } = delivery('valid');
	const own = (id, signature) => {
		const built = delivery(signature, id);
		return { body: built.rawBody, signature: built.headers['Hook-HMAC'] };
	};
	return { body: rawBody, valid: headers['Hook-HMAC'], forged: delivery('wrong').headers['Hook-HMAC'], own };
}

/** The sample Botobot order as a JSON POST; each request gets its own order id, or it is a repeat. */
function botobotOrder(id) {
	return JSON.stringify(sampleBotobotOrderOf(1, { id }));
}

module.exports = {
	BOTOBOT_NO_MEMORY_WORKFLOW,
	BOTOBOT_WORKFLOW,
	BRONIBOY_WORKFLOW,
	WEBHOOK_WORKFLOW,
	BOTOBOT_SECRET_HEADER,
	PATHS,
	botobotOrder,
	broniboyDelivery,
	createHeaderAuthWebhooks,
	workflows,
};
