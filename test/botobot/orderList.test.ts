import { runNode } from '../../harness/engine/engine';
import { useBotobotSandbox } from '../support/sandboxes';
import { botobotCredentials } from '../../sandboxes/credentials';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';

const TOKEN = SANDBOX_TOKENS.botobotToken;

describe('Botobot node: Order → Get Many (undocumented GET /orders)', () => {
	const botobot = useBotobotSandbox();
	const run = (parameters: Record<string, unknown>, token?: string) =>
		runNode({
			type: 'botobot',
			parameters: { resource: 'order', operation: 'getAll', ...parameters },
			credentials: botobotCredentials(botobot.sandbox, token),
		});

	it('lists the orders newest first with the token as a Bearer header, never in the URL', async () => {
		const { items, error } = await run({ returnAll: true });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual([1003, 1002, 1001]);
		expect(items[2].json).toMatchObject({ id: 1001, paid: false, status: 0, mobile: '+380671234567', email: 'olena@example.com' });
		expect(items[2].json.goods).toEqual(expect.arrayContaining([expect.objectContaining({ title: 'Ceramic cup', count: 1 })]));
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 0 }]);
		const [request] = botobot.sandbox.requests('GET', '/orders');
		expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
		expect(request.path).toBe('/orders');
		expect(request.query).toEqual({});
	});

	it('Limit trims the list', async () => {
		const { items } = await run({ returnAll: false, limit: 2 });
		expect(items.map((item) => item.json.id)).toEqual([1003, 1002]);
	});

	it('a refused token is an error with Botobot\'s message and no token in it', async () => {
		const wrong = 'v1.1.wrong-token-0123456789';
		const { error, items } = await run({ returnAll: true }, wrong);
		expect(items).toEqual([]);
		expect(error?.message).toBe('Access denied: invalid API token');
		expect(JSON.stringify(error)).not.toContain(wrong);
	});

	it.each([
		['an object', { orders: [] }, 'an object with orders instead of a list of orders'],
		['HTML', '<html><body>Not found</body></html>', 'text ("<html><body>Not found</body></html>") instead of a list of orders'],
		['a list of strings', ['1001'], 'a list whose entry 0 is not an order with a numeric id'],
	])('an unexpected answer (%s) is an error, never an empty success', async (_what, body, problem) => {
		botobot.sandbox.injectFault({ path: '^/orders$', fault: { kind: 'status', status: 200, body } });
		const { error, items } = await run({ returnAll: true });
		expect(items).toEqual([]);
		expect(error?.message).toBe(`Botobot answered GET /orders with ${problem}`);
		expect(error?.description).toContain('GET /orders is not part of Botobot\'s documented API');
	});

	it('the sandbox refuses the token anywhere but the Bearer header on /orders', async () => {
		const origin = botobot.sandbox.baseUrl;
		const inPath = await fetch(`${origin}/orders/${TOKEN}`);
		const inQuery = await fetch(`${origin}/orders?token=${TOKEN}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
		const none = await fetch(`${origin}/orders`);
		expect([inPath.status, inQuery.status, none.status]).toEqual([400, 400, 401]);
		// …and the documented methods do not take the Bearer header.
		const documented = await fetch(`${origin}/getTask`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` }, body: 'id=1' });
		expect(documented.status).toBe(403);
	});
});
