import { once } from 'node:events';
import net from 'node:net';

import { runNode } from '../../harness/engine/engine';
import { useBotobotSandbox } from '../support/sandboxes';
import { botobotCredentials } from '../../sandboxes/credentials';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';

const TOKEN = SANDBOX_TOKENS.botobotToken;
/** A token whose URL-encoded form differs from its text: both forms must stay hidden. */
const ODD_TOKEN = 'odd/token+with?chars&=1234';

const OPERATIONS = [
	{ method: 'updateOrderStatus', parameters: { resource: 'order', operation: 'updateStatus', orderId: 1001, status: 20 } },
	{ method: 'paidOrder', parameters: { resource: 'order', operation: 'markPaid', orderId: 1001 } },
	{ method: 'addTask', parameters: { resource: 'task', operation: 'add', userId: 1, command: '/start', runAtMode: 'timestamp', timestamp: 1893553445 } },
	{ method: 'removeTask', parameters: { resource: 'task', operation: 'remove', taskId: 1 } },
	{ method: 'getTask', parameters: { resource: 'task', operation: 'get', taskId: 1 } },
];

/** The token, plain or URL-encoded, anywhere in a value, its own non-enumerable fields included. */
function leaks(value: unknown, token: string): boolean {
	const texts = [String(value), JSON.stringify(value)];
	if (typeof value === 'object' && value !== null) texts.push(JSON.stringify(value, Object.getOwnPropertyNames(value)));
	for (const key of ['message', 'description', 'stack']) texts.push(String((value as Record<string, unknown> | undefined)?.[key]));
	return texts.some((text) => text.includes(token) || text.includes(encodeURIComponent(token)));
}

/** A port on 127.0.0.1 that nothing listens on: the system picks a free one, and it is released again. */
async function closedPort(): Promise<number> {
	const server = net.createServer().listen(0, '127.0.0.1');
	await once(server, 'listening');
	const { port } = server.address() as net.AddressInfo;
	server.close();
	await once(server, 'close');
	return port;
}

describe.each(OPERATIONS)('Botobot $method: the token never leaves the node', ({ method, parameters }) => {
	const botobot = useBotobotSandbox();
	const params = { ...parameters, requestOptions: { maxRetries: 0 } };

	it('is hidden in an API "fail" whose message quotes the URL', async () => {
		botobot.sandbox.injectFault({
			fault: { kind: 'status', status: 200, body: { status: 'fail', message: `Rejected POST /api/v1/${method}/${TOKEN}` } },
		});
		const { error, run } = await runNode({ type: 'botobot', parameters: params, credentials: botobotCredentials(botobot.sandbox) });
		expect(botobot.sandbox.journal[0].path).toBe(`/${method}/${TOKEN}`);
		// The detector itself finds the token where it really is.
		expect(leaks(botobot.sandbox.journal, TOKEN)).toBe(true);
		expect(error?.message).toBe(`Rejected POST /api/v1/${method}/***`);
		expect(leaks(error, TOKEN)).toBe(false);
		expect(leaks(run.data.resultData, TOKEN)).toBe(false);
	});

	it('is hidden in a 500 whose body quotes the URL, also in a Continue On Fail item', async () => {
		botobot.sandbox.injectFault({
			fault: { kind: 'status', status: 500, body: `PHP Fatal error at https://www.botobot.ru/api/v1/${method}/${TOKEN}`, contentType: 'text/plain' },
		});
		const failed = await runNode({ type: 'botobot', parameters: params, credentials: botobotCredentials(botobot.sandbox) });
		expect(failed.error?.message).toBe(`PHP Fatal error at https://www.botobot.ru/api/v1/${method}/***`);
		expect(failed.error?.description).toContain('HTTP 500');
		expect(leaks(failed.error, TOKEN)).toBe(false);

		botobot.sandbox.injectFault({
			fault: { kind: 'status', status: 500, body: { status: 'fail', message: `Error in /api/v1/${method}/${TOKEN}` } },
		});
		const kept = await runNode({
			type: 'botobot',
			parameters: params,
			credentials: botobotCredentials(botobot.sandbox),
			continueOnFail: true,
		});
		expect(kept.items[0].json.error).toBe(`Error in /api/v1/${method}/***`);
		expect(leaks(kept.items, TOKEN)).toBe(false);
		expect(leaks(kept.run.data.resultData, TOKEN)).toBe(false);
	});

	it('is hidden, plain and URL-encoded, when the connection is refused', async () => {
		const port = await closedPort();
		const { error, run } = await runNode({
			type: 'botobot',
			parameters: params,
			credentials: botobotCredentials(`http://127.0.0.1:${port}/api/v1`, ODD_TOKEN),
		});
		expect(error?.message).toMatch(/^Botobot refused the connection/);
		expect(leaks(error, ODD_TOKEN)).toBe(false);
		expect(leaks(run.data.resultData, ODD_TOKEN)).toBe(false);
	});
});
