import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { keyCrmTime } from '../../nodes/KeyCrm/poll/pollWindow';
import { callPoll, polledJson, type PollOutcome } from '../../harness/engine/poll';
import { useKeyCrmSandbox } from '../support/sandboxes';
import { keyCrmCredentials } from '../../sandboxes/credentials';
import type { Row } from '../../sandboxes/keycrm/store';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';

const NODE = 'KeyCRM Poll Trigger';

describe('KeyCRM Poll Trigger: late, imported and overlapping (issue 21)', () => {
	const keycrm = useKeyCrmSandbox();
	let workflows = 0;

	/** A trigger of its own per test: the in-process poll gate is per workflow and node. */
	function trigger(parameters: INodeParameters) {
		const workflowId = `keycrm-window-${++workflows}`;
		return (staticData?: IDataObject) =>
			callPoll({ type: 'keyCrmPollTrigger', name: NODE, parameters, credentials: keyCrmCredentials(keycrm.sandbox), staticData, workflowId });
	}
	const sinceOf = (outcome: PollOutcome) => (outcome.staticData[`node:${NODE}`] as { watermark: { sinceMs: number } }).watermark.sinceMs;
	const ids = (outcome: PollOutcome) => polledJson(outcome).map((record) => record.id);
	const addOrder = (at: string, fields: IDataObject = {}) => keycrm.store.addOrder({ source_id: 1, buyer: { full_name: 'Buyer' }, created_at: at, updated_at: at, ...fields });
	/** Takes an order out of the lists (a slow transaction at KeyCRM); `show` puts it back. */
	function hide(order: Row) {
		keycrm.store.orders.splice(keycrm.store.orders.indexOf(order), 1);
		return { show: () => keycrm.store.orders.push(order) };
	}
	const postOrder = async (body: IDataObject) => {
		const response = await fetch(`${keycrm.sandbox.baseUrl}/order`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${SANDBOX_TOKENS.keyCrmApiKey}`, 'Content-Type': 'application/json', Accept: 'application/json' },
			body: JSON.stringify(body),
		});
		return { status: response.status, body: (await response.json()) as IDataObject };
	};

	it('an order created now with an ordered_at 10 minutes back starts exactly one execution', async () => {
		const poll = trigger({ event: 'orderCreated' });
		const first = await poll();
		const orderedAt = keyCrmTime(Date.now() - 10 * 60_000);
		const created = await postOrder({ source_id: 1, buyer: { full_name: 'Import' }, ordered_at: orderedAt });
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({ ordered_at: orderedAt });
		const second = await poll(first.staticData);
		expect(ids(second)).toEqual([created.body.id]);
		expect((await poll(second.staticData)).items).toBeNull();
	});

	it('an order that shows up one poll late, with an earlier id and time than one delivered, comes once', async () => {
		const poll = trigger({ event: 'orderCreated' });
		const first = await poll();
		const at = (seconds: number) => keyCrmTime(sinceOf(first) + seconds * 1000);
		const late = addOrder(at(1));
		const seen = addOrder(at(2));
		const slow = hide(late);
		const second = await poll(first.staticData);
		expect(ids(second)).toEqual([seen.id]);
		slow.show();
		const third = await poll(second.staticData);
		expect(ids(third)).toEqual([late.id]);
		expect((await poll(third.staticData)).items).toBeNull();
	});

	it('a change that shows up one poll late, stamped before one delivered, comes once', async () => {
		const poll = trigger({ event: 'orderUpdated' });
		const [a, b] = [addOrder('2026-01-05 10:00:00'), addOrder('2026-01-05 10:00:00')];
		const first = await poll();
		const at = (seconds: number) => keyCrmTime(sinceOf(first) + seconds * 1000);
		Object.assign(a, { updated_at: at(1), manager_comment: 'late' });
		Object.assign(b, { updated_at: at(2), manager_comment: 'seen' });
		const slow = hide(a);
		const second = await poll(first.staticData);
		expect(ids(second)).toEqual([b.id]);
		slow.show();
		const third = await poll(second.staticData);
		expect(polledJson(third)).toEqual([expect.objectContaining({ id: a.id, manager_comment: 'late' })]);
		expect((await poll(third.staticData)).items).toBeNull();
	});

	it('250 new orders, 60 of them in one second: each once', async () => {
		const poll = trigger({ event: 'orderCreated' });
		const first = await poll();
		const rows = Array.from({ length: 250 }, (_, index) => addOrder(keyCrmTime(sinceOf(first) + (index < 60 ? 1000 : 2000 + index * 1000))));
		const second = await poll(first.staticData);
		expect(ids(second)).toHaveLength(250);
		expect(new Set(ids(second))).toEqual(new Set(rows.map((row) => row.id)));
		expect((await poll(second.staticData)).items).toBeNull();
	});

	it('a page answered 429 without Retry-After: the next scheduled poll does not overlap it, no order comes twice', async () => {
		// The one-minute window KeyCRM's 429 leaves, shortened to 2 s for the test.
		const poll = trigger({ event: 'orderCreated', requestOptions: { rateLimitPeriod: 2, maxRetries: 2 } });
		const first = await poll();
		for (let i = 0; i < 60; i++) addOrder(keyCrmTime(sinceOf(first) + (1 + (i % 3)) * 1000));
		keycrm.sandbox.injectFault({ fault: { kind: 'status', status: 429, body: { message: 'Too Many Attempts.' } }, skip: 1, path: '^/order$', method: 'GET' });
		const slow = poll(first.staticData);
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(keycrm.sandbox.journal.map((entry) => entry.status)).toEqual([200, 429]);
		// The scheduled poll that comes while the first one waits out the 429 skips its turn.
		const overlapping = await poll(first.staticData);
		expect(overlapping.items).toBeNull();
		const done = await slow;
		expect(ids(done)).toHaveLength(60);
		expect(new Set(ids(done)).size).toBe(60);
		expect((await poll(done.staticData)).items).toBeNull();
	});
});

describe('KeyCRM sandbox: order times as KeyCRM keeps them', () => {
	const keycrm = useKeyCrmSandbox();
	const list = async (query: string) => {
		const response = await fetch(`${keycrm.sandbox.baseUrl}/order?${query}`, { headers: { Authorization: `Bearer ${SANDBOX_TOKENS.keyCrmApiKey}`, Accept: 'application/json' } });
		return ((await response.json()) as { data: IDataObject[] }).data.map((order) => order.id);
	};

	it('filter[created_between] selects by ordered_at, not by created_at', async () => {
		const imported = keycrm.store.addOrder({ source_id: 1, created_at: '2026-11-20 10:00:00', ordered_at: '2026-11-01 08:00:00' });
		const plain = keycrm.store.addOrder({ source_id: 1, created_at: '2026-11-20 10:00:00' });
		expect(await list(`filter[created_between]=${encodeURIComponent('2026-11-20 00:00:00, 2026-11-20 23:59:59')}`)).toEqual([plain.id]);
		expect(await list(`filter[created_between]=${encodeURIComponent('2026-11-01 00:00:00, 2026-11-01 23:59:59')}`)).toEqual([imported.id]);
	});

	it('takes ordered_at on create and import, and refuses one that is not a date and time', async () => {
		const post = async (path: string, body: IDataObject) =>
			await fetch(`${keycrm.sandbox.baseUrl}${path}`, {
				method: 'POST',
				headers: { Authorization: `Bearer ${SANDBOX_TOKENS.keyCrmApiKey}`, 'Content-Type': 'application/json', Accept: 'application/json' },
				body: JSON.stringify(body),
			});
		const order = { source_id: 1, buyer: { full_name: 'Buyer' } };
		expect((await post('/order', { ...order, ordered_at: '2026-11-01 08:00:00' })).status).toBe(201);
		expect((await post('/order/import', { orders: [{ ...order, ordered_at: '2026-11-02 08:00:00' }] })).status).toBe(201);
		expect(keycrm.store.orders.map((row) => row.ordered_at)).toEqual(['2026-11-01 08:00:00', '2026-11-02 08:00:00']);
		const refused = await post('/order', { ...order, ordered_at: 'yesterday' });
		expect(refused.status).toBe(422);
		expect(await refused.json()).toMatchObject({ errors: { ordered_at: ['The ordered at does not match the format Y-m-d H:i:s.'] } });
	});
});
