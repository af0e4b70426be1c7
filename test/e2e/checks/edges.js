'use strict';
// Issue 14 in the real product: Botobot answers that are not its JSON are errors, a token across the
// 200-character cut of an answer leaves no trace in n8n's execution data, Broniboy gets addresses as
// objects, and the Botobot credential test fails on a 200 "fail" that refuses the token.
const { control, journal, resetAll } = require('../services');
const { executeWorkflow, nodeOutput } = require('../n8nRun');
const { expect, expectEqual } = require('../../../harness/runner/expect');

const WORKFLOW = 'osE2eEdgesCalls1';

/** A malformed JSON answer quoting the token so that it starts 5 characters before the cut. */
function straddlingAnswer(token) {
	const head = '{"error": "failed at ';
	const path = '/api/v1/getTask/';
	return `${head}${'x'.repeat(195 - head.length - path.length)}${path}${token} and more", "broken`;
}

async function botobotNonAnswers({ instance, services, summary }) {
	await resetAll(services, ['botobot', 'broniboy']);
	const { baseUrl, token } = services.botobot;
	await control(baseUrl, 'non-answer', { kind: 'html', path: 'paidOrder' });
	await control(baseUrl, 'non-answer', { kind: 'empty', path: 'updateOrderStatus' });
	await control(baseUrl, 'non-answer', { kind: 'emptyObject', path: 'removeTask' });
	const answer = straddlingAnswer(token);
	expect(answer.indexOf(token) < 200 && answer.indexOf(token) + token.length > 200, 'the token straddles the cut', answer.length);
	await control(baseUrl, 'fault', { path: 'getTask', fault: { kind: 'status', status: 200, body: answer, contentType: 'application/json' } });

	const run = await executeWorkflow(instance, WORKFLOW);
	summary.workflows.push('E2E: Botobot non-answers, a token at the cut, Broniboy address objects');
	const cases = [
		['Botobot: mark paid (maintenance page)', /^Botobot did not confirm the request: HTTP 200 with an HTML page/],
		['Botobot: update status (empty answer)', /^Botobot did not confirm the request: HTTP 200 with an empty answer$/],
		['Botobot: remove task ({} answer)', /^Botobot did not confirm the request: HTTP 200 with an empty JSON object \{\}$/],
		['Botobot: get task (token across the cut)', /^Botobot answered with malformed JSON$/],
	];
	for (const [name, message] of cases) {
		const items = nodeOutput(run, name);
		expect(items.length === 1 && message.test(String(items[0].error)), `${name}: one error item saying what came back`, items);
		for (const field of ['paid', 'updated', 'removed']) expect(!(field in items[0]), `${name}: no "${field}" reported`, items[0]);
	}
	const cut = nodeOutput(run, 'Botobot: get task (token across the cut)')[0];
	expect(String(cut.description ?? '').includes('/api/v1/getTask/***'), 'the cut answer shows *** where the token was', cut);
	const everything = JSON.stringify(run);
	expect(!everything.includes(token), 'the token is nowhere in the execution data');
	expect(!everything.includes(`/getTask/${token.slice(0, 4)}`), 'no first characters of the token at the cut');
	const sent = (await journal(services, 'botobot')).map((entry) => entry.path.split('/')[1]);
	expectEqual(sent.sort(), ['getTask', 'paidOrder', 'removeTask', 'updateOrderStatus'], 'Botobot calls made');

	const [verify] = (await journal(services, 'broniboy')).filter((entry) => entry.path === '/orders/verify/');
	expect(verify?.status === 200, 'Broniboy accepted the verify request', verify);
	expectEqual(
		verify.body,
		{
			pickup: { external_place: { address: { address: 'Kyiv, Warehouse 5', latitude: 50.45, longitude: 30.52 } } },
			payment_type: 'cash',
			drop_off: [
				{ address: { address: 'Kyiv, Khreshchatyk St 22, apt 5', latitude: 50.447, longitude: 30.522 }, client_phone: '+380671234567', comment: 'Order #7' },
			],
		},
		'Broniboy verify body',
	);
	expect(nodeOutput(run, 'Broniboy: verify from another address')[0]?.order?.final_price > 0, 'Broniboy priced the order');
}

async function botobotCredentialTest({ api, services }) {
	await resetAll(services, ['botobot']);
	await control(services.botobot.baseUrl, 'bad-token-status', { status: 200 });
	const test = async (token) =>
		await api.rest('POST', '/credentials/test', {
			credentials: { id: 'osSandboxBotobot', name: 'Botobot (sandbox)', type: 'botobotApi', data: { token, baseUrl: services.botobot.baseUrl } },
		});
	const wrong = await test('wrong-token-0000');
	expect(wrong?.status === 'Error' && /refused the token/.test(wrong.message), 'a 200 "fail" refusing the token fails the test', wrong);
	const good = await test(services.botobot.token);
	expect(good?.status === 'OK', 'the sandbox token still passes', good);
	const answers = (await journal(services, 'botobot')).map((entry) => entry.status);
	expectEqual(answers, [200, 200], 'both tests were answered 200');
	await resetAll(services, ['botobot']);
}

const CHECKS = [
	{ name: 'edges: Botobot non-answers are errors, no token at the cut, Broniboy address objects', workflowId: WORKFLOW, run: botobotNonAnswers },
	{ name: 'edges: Botobot credential test fails on a 200 token refusal', workflowId: WORKFLOW, run: botobotCredentialTest },
];

module.exports = { edgeChecks: CHECKS };
