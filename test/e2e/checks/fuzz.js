'use strict';
// Hostile bodies to the published example workflows 1 (Botobot Trigger) and 3 (Broniboy Trigger),
// with the right secret and signature: every answer a 4xx, no execution, and n8n stays healthy.
const { createHmac } = require('node:crypto');

const { expect } = require('../../../harness/runner/expect');
const { executionsOf, noNewExecution, productionUrl, waitForWebhook } = require('../../../harness/n8n/webhooks');

const BOTOBOT_WORKFLOW = 'osExBotobotToCrm';
const BRONIBOY_WORKFLOW = 'osExCourierToBot';
const MB = 1024 * 1024;

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
	return [
		{ name: 'random bytes', contentType: 'application/octet-stream', body: bytes(7, 2048) },
		{ name: 'random bytes labelled as a form', contentType: 'application/x-www-form-urlencoded', body: bytes(11, 2048) },
		text('JSON nested 10 000 deep', 'application/json', `{"event":"order.changed","data":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`),
		text('a form key nested 10 000 brackets deep', 'application/x-www-form-urlencoded', `a${'[b]'.repeat(10_000)}=1`),
		text('an XML body', 'application/xml', '<order><id>1001</id></order>'),
		text('a JSON order labelled as a form', 'application/x-www-form-urlencoded', '{"id": 1001}'),
		text('an empty body', 'application/json', ''),
		text('an empty form', 'application/x-www-form-urlencoded', ''),
		{ name: 'invalid UTF-8', contentType: 'text/plain', body: Buffer.from([0x7b, 0xff, 0xfe, 0xc3, 0x7d]) },
		text('1 MB of one letter', 'application/x-www-form-urlencoded', 'x'.repeat(MB)),
		text('a 1 MB JSON string', 'application/json', `{"event":"order.changed","data":"${'x'.repeat(MB)}"}`),
	];
}

/** The text of `data` when the body names one (roughly: for signing junk as Broniboy would), else the body. */
function signedText(body) {
	const text = body.toString('utf8');
	const match = /"data":(.*)}$/s.exec(text);
	return match ? match[1] : text;
}

async function post(url, { contentType, body }, headers = {}) {
	const response = await fetch(url, { method: 'POST', headers: { ...(contentType ? { 'Content-Type': contentType } : {}), ...headers }, body });
	return { status: response.status, text: (await response.text()).slice(0, 200) };
}

const fuzzCheck = {
	name: 'hostile bodies (random bytes, deep nesting, wrong types, empty, invalid UTF-8, 1 MB) → 4xx, no execution, n8n healthy',
	workflowId: BOTOBOT_WORKFLOW,
	async run(context) {
		const { api, instance, services, summary } = context;
		const botobot = context.workflows.find((workflow) => workflow.id === BOTOBOT_WORKFLOW);
		const broniboy = context.workflows.find((workflow) => workflow.id === BRONIBOY_WORKFLOW);
		const botobotUrl = productionUrl(context, botobot, 'New Botobot order').replace(/:secret$/, services.botobot.callbackSecret);
		const broniboyUrl = productionUrl(context, broniboy, 'Broniboy order changed');
		await waitForWebhook(botobotUrl);
		await waitForWebhook(broniboyUrl);
		const before = { botobot: await executionsOf(api, BOTOBOT_WORKFLOW), broniboy: await executionsOf(api, BRONIBOY_WORKFLOW) };
		const answers = [];
		for (const fuzz of hostileBodies()) {
			answers.push({ to: 'Botobot', name: fuzz.name, ...(await post(botobotUrl, fuzz)) });
			const hmac = createHmac('sha256', services.broniboy.webhookSecret).update(signedText(fuzz.body), 'utf8').digest('hex');
			answers.push({ to: 'Broniboy', name: fuzz.name, ...(await post(broniboyUrl, fuzz, { 'Hook-Event': 'order.changed', 'Hook-Delivery': `fuzz-${fuzz.name}`, 'Hook-HMAC': hmac })) });
		}
		for (const answer of answers) process.stdout.write(`  ${answer.to} ← ${answer.name}: ${answer.status} ${answer.text.replace(/\s+/g, ' ').slice(0, 90)}\n`);
		const wrong = answers.filter((answer) => answer.status < 400 || answer.status >= 500);
		expect(wrong.length === 0, 'every hostile body answered with a 4xx', wrong);
		expect(answers.every((answer) => answer.text.trim() !== ''), 'every refusal says why', answers.filter((answer) => answer.text.trim() === ''));
		const health = await fetch(`${instance.baseUrl}/healthz`);
		expect(health.status === 200, 'n8n is healthy after the hostile bodies', health.status);
		await noNewExecution(api, BOTOBOT_WORKFLOW, before.botobot);
		await noNewExecution(api, BRONIBOY_WORKFLOW, before.broniboy, 0);
		summary.webhooks.rejected += answers.length;
	},
};

module.exports = { fuzzCheck };
