import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../../harness/engine/engine';
import { PollHarness } from '../../harness/engine/pollHarness';
import { useBotobotSandbox } from '../support/sandboxes';
import { botobotCredentials } from '../../sandboxes/credentials';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';

const botobot = useBotobotSandbox();

let workflows = 0;
const trigger = (event: 'newOrder' | 'orderPaid') =>
	new PollHarness({
		type: 'botobotPollTrigger',
		parameters: { event, requestOptions: { maxRetries: 1, maxRetryWait: 2 } },
		credentials: botobotCredentials(botobot.sandbox),
		workflowId: `botobot-poll-${++workflows}`,
	});

const addOrder = (order: IDataObject = {}) => newOrder(order);

function newOrder(order: IDataObject): number {
	const id = Math.max(...botobot.store.orders.keys()) + 1;
	botobot.store.orders.set(id, { id, status: 0, paid: false, details: { id, mobile: '+380500000000', email: `b${id}@example.com`, goods: [], ...order } });
	return id;
}

const markPaid = async (id: number) => {
	const { error } = await runNode({ type: 'botobot', parameters: { resource: 'order', operation: 'markPaid', orderId: id }, credentials: botobotCredentials(botobot.sandbox) });
	expect(error).toBeUndefined();
};

const ids = (outcome: Awaited<ReturnType<PollHarness['poll']>>) => PollHarness.jsons(outcome).map((item) => item.id);

describe('Botobot Poll Trigger (undocumented GET /orders)', () => {
	it('new orders: nothing old on the first poll, then each new order once', async () => {
		const poll = trigger('newOrder');
		const first = await poll.poll();
		expect(first.error).toBeUndefined();
		expect(first.items).toBeNull();
		expect(first.nodeStaticData.botobot).toEqual({ lastId: 1003, unpaid: [1001, 1002, 1003] });
		const a = addOrder({ recipient: 'Ivan' });
		const b = addOrder();
		const second = await poll.poll();
		expect(ids(second)).toEqual([a, b]);
		expect(PollHarness.jsons(second)[0]).toMatchObject({ id: a, paid: false, recipient: 'Ivan', email: `b${a}@example.com` });
		expect((await poll.poll()).items).toBeNull();
		expect(botobot.sandbox.requests('GET', '/orders').every((entry) => entry.headers.authorization === `Bearer ${SANDBOX_TOKENS.botobotToken}`)).toBe(true);
	});

	it('orders that became paid: seen unpaid before, or new and already paid, each once', async () => {
		const poll = trigger('orderPaid');
		await poll.poll();
		await markPaid(1002);
		expect(ids(await poll.poll())).toEqual([1002]);
		expect((await poll.poll()).items).toBeNull();
		const fresh = addOrder();
		botobot.store.orders.get(fresh)!.paid = true;
		await markPaid(1001);
		expect(ids(await poll.poll())).toEqual([1001, fresh]);
		expect((await poll.poll()).nodeStaticData.botobot).toEqual({ lastId: fresh, unpaid: [1003] });
	});

	it('an order paid before activation is not reported', async () => {
		botobot.store.orders.get(1003)!.paid = true;
		const poll = trigger('orderPaid');
		await poll.poll();
		expect((await poll.poll()).items).toBeNull();
	});

	it('a failed poll (HTTP 400, then 429 beyond the retries) keeps the state; the next poll catches up', async () => {
		const poll = trigger('orderPaid');
		await poll.poll();
		const before = poll.nodeStaticData();
		await markPaid(1003);
		botobot.sandbox.injectFault({ path: '^/orders$', fault: { kind: 'status', status: 400, body: { status: 'fail', message: 'Internal error' } } });
		const failed = await poll.poll();
		expect(failed.error?.message).toBe('Internal error');
		expect(poll.nodeStaticData()).toEqual(before);
		botobot.sandbox.injectFault({ path: '^/orders$', times: 3, fault: { kind: 'status', status: 429, body: { status: 'fail', message: 'Too many requests' }, headers: { 'Retry-After': '1' } } });
		expect((await poll.poll()).error?.message).toBe('Too many requests');
		expect(poll.nodeStaticData()).toEqual(before);
		expect(ids(await poll.poll())).toEqual([1003]);
	});

	it('an unexpected answer fails the poll instead of reporting "nothing new"', async () => {
		const poll = trigger('newOrder');
		await poll.poll();
		addOrder();
		botobot.sandbox.injectFault({ path: '^/orders$', fault: { kind: 'status', status: 200, body: { status: 'success' } } });
		const failed = await poll.poll();
		expect(failed.error?.message).toMatch(/^Botobot answered GET \/orders with an object with status/);
		expect(ids(await poll.poll())).toHaveLength(1);
	});

	it('Fetch Test Event returns the newest order (or the newest paid one) and keeps no state', async () => {
		await markPaid(1001);
		expect(ids(await trigger('newOrder').poll('manual'))).toEqual([1003]);
		const paid = trigger('orderPaid');
		expect(ids(await paid.poll('manual'))).toEqual([1001]);
		expect(paid.nodeStaticData()).toEqual({});
	});

	it('orders from callbacks the sandbox sent show up in the list', async () => {
		const response = await fetch(`${new URL(botobot.sandbox.baseUrl).origin}/__sandbox/add-order`, { method: 'POST', body: '{}' });
		const order = (await response.json()) as IDataObject;
		expect(order).toMatchObject({ id: 1004, paid: false, email: 'buyer1004@example.com' });
		const poll = trigger('newOrder');
		expect(ids(await poll.poll('manual'))).toEqual([1004]);
	});
});

describe('Botobot Poll Trigger: late and crowded orders (issue 21)', () => {
	it('an order that shows up in the list one poll late, below one delivered, comes once (also as paid)', async () => {
		const poll = trigger('newOrder');
		await poll.poll();
		const late = addOrder();
		const seen = addOrder();
		const hidden = botobot.store.orders.get(late)!;
		botobot.store.orders.delete(late);
		expect(ids(await poll.poll())).toEqual([seen]);
		botobot.store.orders.set(late, hidden);
		expect(ids(await poll.poll())).toEqual([late]);
		expect((await poll.poll()).items).toBeNull();

		const paid = trigger('orderPaid');
		await paid.poll();
		const latePaid = addOrder();
		const other = addOrder();
		const order = botobot.store.orders.get(latePaid)!;
		order.paid = true;
		botobot.store.orders.delete(latePaid);
		expect((await paid.poll()).items).toBeNull();
		botobot.store.orders.set(latePaid, order);
		expect(ids(await paid.poll())).toEqual([latePaid]);
		expect((await paid.poll()).items).toBeNull();
		expect(other).toBeGreaterThan(latePaid);
	});

	it('250 new orders in one poll: each once', async () => {
		const poll = trigger('newOrder');
		await poll.poll();
		const added = Array.from({ length: 250 }, () => addOrder());
		const outcome = await poll.poll();
		expect(ids(outcome)).toEqual(added);
		expect((await poll.poll()).items).toBeNull();
	});
});
