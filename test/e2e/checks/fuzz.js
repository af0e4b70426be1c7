'use strict';
// Hostile bodies and queries to every webhook trigger of the published examples (Botobot 1, Broniboy 3,
// Aplaut 5, KeyCRM 8), with the right secret and signature: every answer a 4xx, no execution, and
// n8n stays healthy — /healthz is asked all along and must answer quickly during and after.
const { createHmac } = require('node:crypto');

const { expect } = require('../../../harness/runner/expect');
const { executionsOf, noNewExecution, productionUrl, waitForWebhook } = require('../../../harness/n8n/webhooks');

const TARGETS = [
	{ to: 'Botobot', workflowId: 'osExBotobotToCrm', trigger: 'New Botobot order' },
	{ to: 'Broniboy', workflowId: 'osExCourierToBot', trigger: 'Broniboy order changed' },
	{ to: 'Aplaut', workflowId: 'osExBadReviewAlert', trigger: 'Aplaut review created' },
	{ to: 'KeyCRM', workflowId: 'osExPaidToCourier', trigger: 'KeyCRM order paid' },
];
const MB = 1024 * 1024;
/** How long /healthz may take while the hostile requests are answered (n8n parses 16 MiB of JSON itself). */
const HEALTH_DURING_MS = 2000;
const HEALTH_AFTER_MS = 500;

/** A small seeded generator, so a failing body repeats exactly. */
function bytes(seed, length) {
	let state = seed >>> 0;
	return Buffer.from(
		Array.from({ length }, () => {
			state = (Math.imul(state, 1103515245) + 12345) >>> 0;
			return state >>> 24;
		}),
	);
}

function hostileBodies() {
	const text = (name, contentType, body) => ({ name, contentType, body: Buffer.from(body, 'utf8') });
	const deep = (depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
	return [
		{ name: 'random bytes', contentType: 'application/octet-stream', body: bytes(7, 2048) },
		{ name: 'random bytes labelled as a form', contentType: 'application/x-www-form-urlencoded', body: bytes(11, 2048) },
		text('JSON nested 20 000 deep', 'application/json', `{"event":"order.changed","data":${deep(20_000)}}`),
		text('a form key nested 10 000 brackets deep', 'application/x-www-form-urlencoded', `a${'[b]'.repeat(10_000)}=1`),
		text('an XML body', 'application/xml', '<order><id>1001</id></order>'),
		text('a JSON order labelled as a form', 'application/x-www-form-urlencoded', '{"id": 1001}'),
		text('an empty body', 'application/json', ''),
		text('an empty form', 'application/x-www-form-urlencoded', ''),
		{ name: 'invalid UTF-8', contentType: 'text/plain', body: Buffer.from([0x7b, 0xff, 0xfe, 0xc3, 0x7d]) },
		{ name: 'invalid UTF-8 in JSON', contentType: 'application/json', body: Buffer.concat([Buffer.from('{"event":"order.changed","data":{"id":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}}')]) },
		text('1 MB of one letter', 'application/x-www-form-urlencoded', 'x'.repeat(MB)),
		text('a 1 MB JSON string', 'application/json', `{"event":"order.changed","data":"${'x'.repeat(MB)}"}`),
		text('a JSON array of 10 000 orders', 'application/json', JSON.stringify(Array.from({ length: 10_000 }, (_, i) => ({ id: 70_000 + i, cost_total: 10 })))),
		text('JSON data holding a list of 10 000', 'application/json', `{"event":"order.changed","data":{"items":${JSON.stringify(Array.from({ length: 10_000 }, () => 1))}}}`),
		// Just under n8n's own limit (16 MiB), also with Aplaut's secret added in front.
		text('a 16 MiB JSON string', 'application/json', `{"event":"order.changed","data":"${'x'.repeat(16 * MB - 256)}"}`),
	];
}

/** Aplaut's secret travels in the body: JSON objects get it, so only the rest of the body is wrong. */
function forAplaut(fuzz, secret) {
	const text = fuzz.body.toString('utf8');
	if (!text.startsWith('{') || !Buffer.from(text, 'utf8').equals(fuzz.body)) return fuzz;
	return { ...fuzz, body: Buffer.from(`{"secret":"${secret}","event":"update_review",${text.slice(1)}`, 'utf8') };
}

/** The text of `data` when the body names one (roughly: for signing junk as Broniboy would), else the body. */
function signedText(body) {
	const text = body.toString('utf8');
	const match = /"data":(.*)}$/s.exec(text);
	return match ? match[1] : text;
}

async function send(url, { contentType, body }, headers = {}, method = 'POST') {
	const started = Date.now();
	const response = await fetch(url, { method, headers: { ...(contentType ? { 'Content-Type': contentType } : {}), ...headers }, body: method === 'GET' ? undefined : body }).catch((error) => ({
		status: 0,
		text: async () => String(error),
	}));
	return { status: response.status, text: (await response.text()).slice(0, 200), ms: Date.now() - started };
}

/** Asks /healthz every 100 ms until stopped; resolves with the slowest answer (ms) and any failure. */
function watchHealth(baseUrl) {
	let running = true;
	const seen = { slowestMs: 0, failures: [] };
	const loop = (async () => {
		while (running) {
			const started = Date.now();
			const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(10_000) }).catch((error) => ({ status: String(error) }));
			seen.slowestMs = Math.max(seen.slowestMs, Date.now() - started);
			if (response.status !== 200) seen.failures.push(response.status);
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	})();
	return async () => {
		running = false;
		await loop;
		return seen;
	};
}

const fuzzCheck = {
	name: 'fuzz: hostile bodies and queries to all four webhook triggers (deep JSON, 16 MiB, non-UTF-8, arrays of 10 000, huge queries) → 4xx, no execution, n8n healthy',
	workflowId: 'osExBotobotToCrm',
	async run(context) {
		const { api, instance, services, summary } = context;
		const secrets = { Botobot: services.botobot.callbackSecret, KeyCRM: services.keyCrm.webhookSecret };
		const urls = {};
		for (const target of TARGETS) {
			const workflow = context.workflows.find((candidate) => candidate.id === target.workflowId);
			urls[target.to] = productionUrl(context, workflow, target.trigger).replace(/:secret$/, secrets[target.to] ?? ':secret');
			await waitForWebhook(urls[target.to]);
		}
		const before = {};
		for (const target of TARGETS) before[target.to] = await executionsOf(api, target.workflowId);
		const stopWatching = watchHealth(instance.baseUrl);
		const answers = [];
		for (const fuzz of hostileBodies()) {
			answers.push({ to: 'Botobot', name: fuzz.name, ...(await send(urls.Botobot, fuzz)) });
			const hmac = createHmac('sha256', services.broniboy.webhookSecret).update(signedText(fuzz.body), 'utf8').digest('hex');
			answers.push({ to: 'Broniboy', name: fuzz.name, ...(await send(urls.Broniboy, fuzz, { 'Hook-Event': 'order.changed', 'Hook-Delivery': `fuzz-${fuzz.name}`, 'Hook-HMAC': hmac })) });
			answers.push({ to: 'Aplaut', name: fuzz.name, ...(await send(urls.Aplaut, forAplaut(fuzz, services.aplaut.webhookSecret))) });
			answers.push({ to: 'KeyCRM', name: fuzz.name, ...(await send(urls.KeyCRM, fuzz)) });
		}
		// Huge and junk queries by GET (Botobot and KeyCRM read their orders and events from the query).
		const fields = Array.from({ length: 1500 }, (_, index) => `f${index}=1`).join('&');
		for (const [name, query] of [
			['a query of 1 500 fields', `event=order.change_payment_status&${fields}`],
			['a 14 KB query value', `id=${'9'.repeat(14_000)}`],
			['a 64 KB query (above the server limit)', `id=${'9'.repeat(64_000)}`],
			['invalid escapes', '%ff%fe=%c3'],
		]) {
			for (const to of ['Botobot', 'KeyCRM']) answers.push({ to, name, ...(await send(`${urls[to]}?${query}`, {}, {}, 'GET')) });
		}
		const health = await stopWatching();
		for (const answer of answers) process.stdout.write(`  ${answer.to} ← ${answer.name}: ${answer.status} in ${answer.ms} ms ${answer.text.replace(/\s+/g, ' ').slice(0, 80)}\n`);
		process.stdout.write(`  /healthz meanwhile: slowest answer ${health.slowestMs} ms, ${health.failures.length} failures\n`);
		const wrong = answers.filter((answer) => answer.status < 400 || answer.status >= 500);
		expect(wrong.length === 0, 'every hostile request answered with a 4xx', wrong);
		expect(answers.every((answer) => answer.text.trim() !== '' || answer.status === 431), 'every refusal says why', answers.filter((answer) => answer.text.trim() === ''));
		expect(health.failures.length === 0 && health.slowestMs <= HEALTH_DURING_MS, `/healthz answered within ${HEALTH_DURING_MS} ms all along`, health);
		const started = Date.now();
		const after = await fetch(`${instance.baseUrl}/healthz`);
		expect(after.status === 200 && Date.now() - started <= HEALTH_AFTER_MS, `n8n is healthy after the hostile requests (within ${HEALTH_AFTER_MS} ms)`, { status: after.status, ms: Date.now() - started });
		for (const target of TARGETS) await noNewExecution(api, target.workflowId, before[target.to], target.to === 'Botobot' ? 4000 : 0);
		summary.webhooks.rejected += answers.length;
	},
};

module.exports = { fuzzCheck };
