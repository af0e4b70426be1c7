import { runNode } from '../../harness/engine/engine';
import { testCredential } from '../../harness/engine/credentialTest';
import { NON_ANSWERS } from '../../sandboxes/botobot';
import { useBotobotSandbox } from '../support/sandboxes';
import { botobotCredentials } from '../../sandboxes/credentials';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';

const TOKEN = SANDBOX_TOKENS.botobotToken;

const OPERATIONS = [
	{ name: 'Update Status', method: 'updateOrderStatus', parameters: { resource: 'order', operation: 'updateStatus', orderId: 1001, status: 20 } },
	{ name: 'Mark as Paid', method: 'paidOrder', parameters: { resource: 'order', operation: 'markPaid', orderId: 1001 } },
	{ name: 'Task Add', method: 'addTask', parameters: { resource: 'task', operation: 'add', userId: 1, command: '/start', runAtMode: 'timestamp', timestamp: 1893553445 } },
	{ name: 'Task Remove', method: 'removeTask', parameters: { resource: 'task', operation: 'remove', taskId: 1 } },
	{ name: 'Task Get', method: 'getTask', parameters: { resource: 'task', operation: 'get', taskId: 1 } },
];

const EXPECTED: Record<keyof typeof NON_ANSWERS, RegExp> = {
	html: /^Botobot did not confirm the request: HTTP 200 with an HTML page/,
	empty: /^Botobot did not confirm the request: HTTP 200 with an empty answer$/,
	emptyObject: /^Botobot did not confirm the request: HTTP 200 with an empty JSON object \{\}$/,
	otherStatus: /^Botobot did not confirm the request: HTTP 200 with JSON with the status "ok"/,
};

describe.each(OPERATIONS)('Botobot $name: only {"status": "success"} is success', ({ method, parameters }) => {
	const botobot = useBotobotSandbox();
	const params = { ...parameters, requestOptions: { maxRetries: 0 } };

	it.each(Object.keys(NON_ANSWERS) as Array<keyof typeof NON_ANSWERS>)('a 200 with %s is an error that says what came back', async (kind) => {
		if (method === 'removeTask' || method === 'getTask') botobot.store.addTask(1, '/start', 1893553445);
		botobot.sandbox.injectFault({ fault: NON_ANSWERS[kind] });
		const { items, error } = await runNode({ type: 'botobot', parameters: params, credentials: botobotCredentials(botobot.sandbox) });
		expect(botobot.sandbox.journal.map((entry) => entry.path)).toEqual([`/${method}/${TOKEN}`]);
		expect(items).toEqual([]);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toMatch(EXPECTED[kind]);
		expect(error?.description).toContain('Botobot answered HTTP 200.');
		if (kind === 'html') expect(error?.description).toContain('Start of the answer: <!DOCTYPE html><html><body><h1>Технические работы</h1>');
		expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(TOKEN);
	});

	it('keeps the failed item with Continue On Fail, without a success field', async () => {
		botobot.sandbox.injectFault({ fault: NON_ANSWERS.html });
		const { items, error } = await runNode({
			type: 'botobot',
			parameters: params,
			credentials: botobotCredentials(botobot.sandbox),
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(String(items[0].json.error)).toMatch(EXPECTED.html);
		for (const field of ['paid', 'updated', 'removed', 'id']) expect(items[0].json).not.toHaveProperty(field);
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});
});

describe('Botobot sandbox: parameters only from a form body, as PHP $_POST', () => {
	const botobot = useBotobotSandbox();

	it('refuses a JSON body (its parameters never reach the method)', async () => {
		const response = await fetch(`${botobot.sandbox.baseUrl}/paidOrder/${TOKEN}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ id: 1001 }),
		});
		expect(await response.json()).toEqual({ status: 'fail', message: 'Order not found' });
		expect(botobot.store.orders.get(1001)?.paid).toBe(false);
	});

	it('takes the same call as a form body', async () => {
		const response = await fetch(`${botobot.sandbox.baseUrl}/paidOrder/${TOKEN}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: 'id=1001',
		});
		expect(await response.json()).toEqual({ status: 'success' });
		expect(botobot.store.orders.get(1001)?.paid).toBe(true);
	});
});

describe('Botobot credential test against a 200 "fail" about the token', () => {
	const botobot = useBotobotSandbox();

	it('fails when Botobot answers a wrong token with 200 and a token refusal', async () => {
		botobot.store.badTokenStatus = 200;
		const wrong = await testCredential('botobotApi', botobotCredentials(botobot.sandbox, 'bad-token-123').botobotApi);
		expect(wrong).toEqual({ status: 'Error', statusCode: 200, message: 'Botobot refused the token: "Access denied: invalid API token"' });
		expect(botobot.sandbox.journal[0]).toMatchObject({ status: 200, path: '/getTask/bad-token-123' });
	});

	it('still passes for the right token, whose answer is a "fail" about task 0', async () => {
		botobot.store.badTokenStatus = 200;
		expect(await testCredential('botobotApi', botobotCredentials(botobot.sandbox).botobotApi)).toMatchObject({ status: 'OK' });
		expect(botobot.sandbox.journal[0]).toMatchObject({ status: 200 });
	});
});
