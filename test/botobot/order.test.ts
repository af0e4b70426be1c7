import { runNode } from '../../harness/engine/engine';
import { useBotobotSandbox } from '../support/sandboxes';
import { botobotCredentials } from '../../sandboxes/credentials';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';

const TOKEN = SANDBOX_TOKENS.botobotToken;

describe('Botobot node: orders', () => {
	const botobot = useBotobotSandbox();
	const run = (operation: string, parameters: Record<string, unknown>, items?: Array<Record<string, unknown>>) =>
		runNode({
			type: 'botobot',
			parameters: { resource: 'order', operation, ...parameters },
			credentials: botobotCredentials(botobot.sandbox),
			items,
		});

	it('updates the status of each item\'s order, form-encoded, with the token in the path', async () => {
		const { items, error } = await run('updateStatus', { orderId: '={{ $json.order }}', status: 20 }, [{ order: 1001 }, { order: 1002 }]);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([
			{ id: 1001, status: 20, statusName: 'Confirmed (20)', updated: true },
			{ id: 1002, status: 20, statusName: 'Confirmed (20)', updated: true },
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		const requests = botobot.sandbox.requests('POST');
		expect(requests.map(({ path, rawBody }) => ({ path, rawBody }))).toEqual([
			{ path: `/updateOrderStatus/${TOKEN}`, rawBody: 'id=1001&status=20' },
			{ path: `/updateOrderStatus/${TOKEN}`, rawBody: 'id=1002&status=20' },
		]);
		expect(requests[0].headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(botobot.store.orders.get(1001)?.status).toBe(20);
	});

	it("turns Botobot's refusal to lower a status into its message plus a hint", async () => {
		botobot.store.orders.get(1001)!.status = 70;
		const { error } = await run('updateStatus', { orderId: 1001, status: 40 });
		expect(error?.message).toBe('Order status cannot be lowered');
		expect(error?.description).toContain('Botobot never lowers an order\'s status: order 1001 is already past "Paid (40)"');
		expect(botobot.store.orders.get(1001)?.status).toBe(70);
		expect(JSON.stringify(error)).not.toContain(TOKEN);
	});

	it('gives other refusals without the lowering hint', async () => {
		const { error } = await run('updateStatus', { orderId: 4242, status: 20 });
		expect(error?.message).toBe('Order not found');
		expect(String(error?.description ?? '')).not.toContain('never lowers');
	});

	it('marks an order as paid', async () => {
		const { items, error } = await run('markPaid', { orderId: 1002 });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([{ id: 1002, paid: true }]);
		expect(botobot.sandbox.journal.map(({ path, rawBody }) => ({ path, rawBody }))).toEqual([
			{ path: `/paidOrder/${TOKEN}`, rawBody: 'id=1002' },
		]);
		expect(botobot.store.orders.get(1002)?.paid).toBe(true);
	});

	it('reports an unknown order with Botobot\'s message; Continue On Fail keeps the item', async () => {
		const { items, error } = await runNode({
			type: 'botobot',
			parameters: { resource: 'order', operation: 'markPaid', orderId: 999 },
			credentials: botobotCredentials(botobot.sandbox),
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ error: 'Order not found' });
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});
});
