import net from 'node:net';

import { runNode } from '../../harness/engine/engine';
import { useBotobotSandbox } from '../support/sandboxes';
import { botobotCredentials } from '../../sandboxes/credentials';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';

const TOKEN = SANDBOX_TOKENS.botobotToken;

const updateStatus = {
	type: 'botobot',
	parameters: { resource: 'order', operation: 'updateStatus', orderId: 1001, status: 20, requestOptions: { maxRetries: 0 } },
};

function expectNoToken(value: unknown) {
	const own = typeof value === 'object' && value !== null ? Object.getOwnPropertyNames(value) : undefined;
	expect(String(JSON.stringify(value, own))).not.toContain(TOKEN);
	expect(String(JSON.stringify(value))).not.toContain(TOKEN);
	expect(String(value)).not.toContain(TOKEN);
}

async function closedPort(): Promise<number> {
	const server = net.createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as net.AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

describe('the Botobot token (in the URL path) never leaves the node', () => {
	const botobot = useBotobotSandbox();

	it('sends it in the path', async () => {
		const { items, error } = await runNode({ ...updateStatus, credentials: botobotCredentials(botobot.sandbox) });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: 1001, status: 20 });
		expect(botobot.sandbox.journal[0]).toMatchObject({ path: `/updateOrderStatus/${TOKEN}`, rawBody: 'id=1001&status=20' });
	});

	it('is absent from an API "fail"', async () => {
		const { error } = await runNode({
			...updateStatus,
			parameters: { ...updateStatus.parameters, orderId: 999 },
			credentials: botobotCredentials(botobot.sandbox),
		});
		expect(error?.message).toBe('Order not found');
		expectNoToken(error);
		expectNoToken(error?.description);
	});

	it('is absent from a 500 whose body quotes the URL', async () => {
		botobot.sandbox.injectFault({
			fault: { kind: 'status', status: 500, body: { status: 'fail', message: `Fatal error in /api/v1/updateOrderStatus/${TOKEN}` } },
		});
		const { error, items } = await runNode({ ...updateStatus, continueOnFail: true, credentials: botobotCredentials(botobot.sandbox) });
		expect(error).toBeUndefined();
		expect(items[0].json.error).toContain('/api/v1/updateOrderStatus/***');
		expectNoToken(items);
	});

	it('is absent from a refused connection and from a timeout', async () => {
		const port = await closedPort();
		const refused = await runNode({ ...updateStatus, credentials: botobotCredentials(`http://127.0.0.1:${port}/api/v1`) });
		expect(refused.error?.message).toMatch(/Botobot refused the connection/);
		expectNoToken(refused.error);
		expectNoToken(refused.error?.description);

		botobot.sandbox.injectFault({ fault: { kind: 'slow', delayMs: 2500 } });
		const slow = await runNode({
			...updateStatus,
			parameters: { ...updateStatus.parameters, requestOptions: { maxRetries: 0, timeout: 1 } },
			credentials: botobotCredentials(botobot.sandbox),
		});
		expect(slow.error?.message).toMatch(/Botobot/);
		expectNoToken(slow.error);
		expectNoToken(slow.error?.description);
	});
});

describe('a cut-off answer never shows part of a secret', () => {
	const botobot = useBotobotSandbox();
	/** Any token works here: the sandbox answers the fault before it checks the token. */
	const SECRET = 'Zx81-straddle-secret-token-0042';
	const run = (token = SECRET) =>
		runNode({ ...updateStatus, credentials: botobotCredentials(botobot.sandbox, token) });
	const text = (value: unknown) => JSON.stringify(value, typeof value === 'object' && value ? Object.getOwnPropertyNames(value) : undefined);

	it('redacts before cutting: a token straddling the 200th character leaves no trace', async () => {
		const head = '{"error": "failed at ';
		const path = '/api/v1/updateOrderStatus/';
		const body = `${head}${'x'.repeat(195 - head.length - path.length)}${path}${SECRET} and more", "broken`;
		expect(body.indexOf(SECRET)).toBeLessThan(200);
		expect(body.indexOf(SECRET) + SECRET.length).toBeGreaterThan(200);
		botobot.sandbox.injectFault({ fault: { kind: 'status', status: 200, body, contentType: 'application/json' } });
		const { error, run: execution } = await run();
		expect(error?.message).toBe('Botobot answered with malformed JSON');
		expect(error?.description).toMatch(/^Start of the answer: \{"error": "failed at x+\/api\/v1\/upd/);
		for (const value of [error, execution.data.resultData]) {
			expect(text(value)).not.toContain('Zx81');
			expect(text(value)).not.toContain('updateOrderStatus/Zx');
		}
	});

	it("hides the first characters of a secret where the service's own text stops", async () => {
		const body = `{"error": "token ${SECRET.slice(0, 12)}`;
		botobot.sandbox.injectFault({ fault: { kind: 'status', status: 200, body, contentType: 'application/json' } });
		const { error } = await run();
		expect(error?.description).toContain('Start of the answer: {"error": "token ***');
		expect(text(error)).not.toContain(SECRET.slice(0, 4));
	});

	it('hides a token shorter than 4 characters too', async () => {
		botobot.sandbox.injectFault({
			fault: { kind: 'status', status: 200, body: { status: 'fail', message: 'No such token: /paidOrder/q7' } },
		});
		const { error } = await run('q7');
		expect(error?.message).toBe('No such token: /paidOrder/***');
	});
});
