import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { keyCrmTime } from '../../nodes/KeyCrm/poll/pollWindow';
import { callPoll, polledJson, type PollOutcome } from '../../harness/engine/poll';
import { useKeyCrmSandbox } from '../support/sandboxes';
import { keyCrmCredentials } from '../../sandboxes/credentials';

const NODE = 'KeyCRM Poll Trigger';

describe('KeyCRM Poll Trigger', () => {
	const keycrm = useKeyCrmSandbox();

	const poll = (parameters: INodeParameters, staticData?: IDataObject, mode?: 'manual') =>
		callPoll({ type: 'keyCrmPollTrigger', name: NODE, parameters, credentials: keyCrmCredentials(keycrm.sandbox), staticData, mode });

	/** The watermark's second plus `seconds`, as KeyCRM writes times. */
	const starts = new WeakMap<PollOutcome, number>();
	/** The first watermark seen of `outcome`, plus `seconds` (later polls move the same static data on). */
	const after = (outcome: PollOutcome, seconds: number) => {
		if (!starts.has(outcome)) starts.set(outcome, (outcome.staticData[`node:${NODE}`] as { watermark: { sinceMs: number } }).watermark.sinceMs);
		return keyCrmTime(starts.get(outcome)! + seconds * 1000);
	};
	const watermarkOf = (outcome: PollOutcome) => (outcome.staticData[`node:${NODE}`] as IDataObject).watermark;
	const addOrder = (at: string, fields: IDataObject = {}) => keycrm.store.addOrder({ source_id: 1, buyer: { full_name: 'Buyer' }, created_at: at, updated_at: at, ...fields });
	const requests = () => keycrm.sandbox.journal.map(({ method, path, query }) => ({ method, path, query }));
	const ids = (outcome: PollOutcome) => polledJson(outcome).map((record) => record.id);

	it('the first poll starts from now: nothing old comes, and nothing is asked of KeyCRM', async () => {
		addOrder('2026-01-05 10:00:00');
		const first = await poll({ event: 'orderCreated' });
		expect(first.items).toBeNull();
		expect(keycrm.sandbox.journal).toEqual([]);
		expect(watermarkOf(first)).toEqual({ sinceMs: expect.any(Number), keysAtSince: [] });
		const second = await poll({ event: 'orderCreated' }, first.staticData);
		expect(second.items).toBeNull();
	});

	it('later polls return exactly the new orders once, oldest first, reading newest id first down to the window', async () => {
		const first = await poll({ event: 'orderCreated' });
		const b = addOrder(after(first, 2));
		const a = addOrder(after(first, 1));
		const second = await poll({ event: 'orderCreated' }, first.staticData);
		expect(ids(second)).toEqual([a.id, b.id]);
		// Not filter[created_between]: on orders it selects by ordered_at, the time at the order's source.
		expect(requests()).toEqual([{ method: 'GET', path: '/order', query: { sort: '-id', limit: '50', page: '1' } }]);
		const third = await poll({ event: 'orderCreated' }, second.staticData);
		expect(third.items).toBeNull();
	});

	it('reads every page back to the watermark (Return All), and delivers each record once', async () => {
		const first = await poll({ event: 'orderCreated' });
		for (let i = 0; i < 120; i++) addOrder(after(first, 1 + Math.floor(i / 7)));
		const second = await poll({ event: 'orderCreated' }, first.staticData);
		expect(ids(second)).toHaveLength(120);
		expect(new Set(ids(second)).size).toBe(120);
		expect(requests().map(({ query }) => query.page)).toEqual(['1', '2', '3']);
		const third = await poll({ event: 'orderCreated' }, second.staticData);
		expect(third.items).toBeNull();
	});

	it('records in the boundary second are neither lost nor repeated', async () => {
		const first = await poll({ event: 'orderCreated' });
		const boundary = after(first, 5);
		const a = addOrder(boundary);
		const b = addOrder(boundary);
		const second = await poll({ event: 'orderCreated' }, first.staticData);
		expect(ids(second)).toEqual([a.id, b.id]);
		// Created later, but stamped with the same second as the last delivered ones.
		const c = addOrder(boundary);
		const third = await poll({ event: 'orderCreated' }, second.staticData);
		expect(ids(third)).toEqual([c.id]);
		const fourth = await poll({ event: 'orderCreated' }, third.staticData);
		expect(fourth.items).toBeNull();
	});

	it('a poll that fails (500 on a later page) leaves the watermark; the next poll delivers everything', async () => {
		const first = await poll({ event: 'orderCreated' });
		for (let i = 0; i < 60; i++) addOrder(after(first, 1 + (i % 3)));
		// The first page answers (a fault that does nothing takes it), the second fails: nothing of the
		// first page may be taken as delivered.
		keycrm.sandbox.injectFault({ fault: { kind: 'slow', delayMs: 0 }, path: '^/order$', method: 'GET' });
		keycrm.sandbox.injectFault({ fault: { kind: 'status', status: 500, body: { message: 'Server Error' } }, path: '^/order$', method: 'GET' });
		// A read is sent again after a 500: with no retries the poll fails on it.
		await expect(poll({ event: 'orderCreated', requestOptions: { maxRetries: 0 } }, first.staticData)).rejects.toThrow(/Server Error/);
		expect(requests().map(({ query }) => query.page)).toEqual(['1', '2']);
		const retried = await poll({ event: 'orderCreated' }, first.staticData);
		expect(ids(retried)).toHaveLength(60);
		expect(new Set(ids(retried)).size).toBe(60);
	});

	it('a poll refused with 429 beyond its retries leaves the watermark; the next poll catches up', async () => {
		// A 429 is retried until Max Total Retry Wait (each at least a second of it), not Max Retries.
		const parameters = { event: 'orderCreated', requestOptions: { maxRetries: 1, maxRetryWait: 2 } };
		const first = await poll(parameters);
		const a = addOrder(after(first, 1));
		keycrm.sandbox.injectFault({ fault: { kind: 'status', status: 429, body: { message: 'Too Many Attempts.' }, headers: { 'Retry-After': '0' } }, times: 3, path: '^/order$' });
		await expect(poll(parameters, first.staticData)).rejects.toThrow(/Too Many Attempts/);
		expect(keycrm.sandbox.requests('GET', '/order')).toHaveLength(3);
		const caughtUp = await poll(parameters, first.staticData);
		expect(ids(caughtUp)).toEqual([a.id]);
	});

	it('filters by source on KeyCRM and sends the chosen relations', async () => {
		const parameters = { event: 'orderCreated', filters: { sourceIds: [2, 3], statusIds: [1] }, include: ['buyer', 'products.offer'] };
		const first = await poll(parameters);
		const wanted = addOrder(after(first, 1), { source_id: 2 });
		addOrder(after(first, 1), { source_id: 1 });
		addOrder(after(first, 1), { source_id: 3, status_id: 2 });
		const second = await poll(parameters, first.staticData);
		expect(ids(second)).toEqual([wanted.id]);
		expect(requests()[0].query).toMatchObject({ 'filter[source_id]': '2,3', 'filter[status_id]': '1', include: 'buyer,products.offer' });
	});

	it('Fetch Test Event returns the newest record and leaves the watermark alone', async () => {
		addOrder('2026-01-05 10:00:00');
		const newest = addOrder('2026-01-06 10:00:00');
		const test = await poll({ event: 'orderCreated' }, {}, 'manual');
		expect(ids(test)).toEqual([newest.id]);
		expect(requests()).toEqual([{ method: 'GET', path: '/order', query: { sort: '-id', limit: '1', page: '1' } }]);
		expect(test.staticData).toEqual({});
	});

	it('Fetch Test Event for a list without a documented sort reads its first and last page', async () => {
		for (let i = 0; i < 60; i++) keycrm.catalog.data.buyers.push({ id: 1000 + i, full_name: `Buyer ${i}`, created_at: '2027-01-01 10:00:00', updated_at: '2027-01-01 10:00:00' });
		keycrm.sandbox.journal.length = 0;
		const test = await poll({ event: 'buyerCreated' }, {}, 'manual');
		expect(ids(test)).toEqual([1059]);
		expect(requests().map(({ path, query }) => ({ path, query }))).toEqual([
			{ path: '/buyer', query: { limit: '50', page: '1' } },
			{ path: '/buyer', query: { limit: '50', page: '2' } },
		]);
	});

	describe('updated orders', () => {
		const update = (id: unknown, at: string, fields: IDataObject) => Object.assign(keycrm.store.orders.find((order) => order.id === id)!, { updated_at: at, ...fields });

		it('any change: each new version once', async () => {
			const old = addOrder('2026-01-05 10:00:00');
			const first = await poll({ event: 'orderUpdated' });
			const [start, one, three] = [after(first, 0), after(first, 1), after(first, 3)];
			update(old.id, one, { manager_comment: 'called' });
			const second = await poll({ event: 'orderUpdated' }, first.staticData);
			expect(polledJson(second)).toEqual([expect.objectContaining({ id: old.id, manager_comment: 'called' })]);
			expect(requests()[0].query).toMatchObject({ 'filter[updated_between]': expect.stringContaining(start) });
			// A second change in the boundary second is lost to a same-second key; a later one is not.
			update(old.id, three, { manager_comment: 'called again' });
			const third = await poll({ event: 'orderUpdated' }, second.staticData);
			expect(polledJson(third).map((order) => order.manager_comment)).toEqual(['called again']);
		});

		it('only status changes: comments do not count, a move and a move back do', async () => {
			const parameters = { event: 'orderUpdated', orderChange: 'status', filters: { statusIds: [2] } };
			const old = addOrder('2026-01-05 10:00:00', { status_id: 1, status_changed_at: '2026-01-05 10:00:00' });
			const first = await poll(parameters);
			// Not remembered yet: its own status_changed_at tells the move.
			update(old.id, after(first, 1), { status_id: 2, status_changed_at: after(first, 1) });
			const second = await poll(parameters, first.staticData);
			expect(ids(second)).toEqual([old.id]);
			expect(requests()[0].query).not.toHaveProperty('filter[status_id]');
			update(old.id, after(first, 2), { manager_comment: 'only a comment' });
			const third = await poll(parameters, second.staticData);
			expect(third.items).toBeNull();
			update(old.id, after(first, 3), { status_id: 3 });
			const fourth = await poll(parameters, third.staticData);
			expect(fourth.items).toBeNull();
			update(old.id, after(first, 4), { status_id: 2 });
			const fifth = await poll(parameters, fourth.staticData);
			expect(ids(fifth)).toEqual([old.id]);
		});

		it('only payment status changes, told by a new payment on an order not seen before', async () => {
			const parameters = { event: 'orderUpdated', orderChange: 'paymentStatus' };
			const paidNow = addOrder('2026-01-05 10:00:00', { payment_status: 'not_paid', payments: [] });
			const editedOnly = addOrder('2026-01-05 10:00:00', { payment_status: 'paid', payments: [{ id: 9, status: 'paid', created_at: '2026-01-05 10:00:00', updated_at: '2026-01-05 10:00:00' }] });
			const first = await poll(parameters);
			update(paidNow.id, after(first, 1), { payment_status: 'paid', payments: [{ id: 10, status: 'paid', created_at: after(first, 1), updated_at: after(first, 1) }] });
			update(editedOnly.id, after(first, 1), { manager_comment: 'gift wrap' });
			const second = await poll(parameters, first.staticData);
			expect(ids(second)).toEqual([paidNow.id]);
			expect(requests()[0].query).toMatchObject({ include: 'payments' });
		});
	});

	it('new buyers and new or moved pipeline cards', async () => {
		const buyers = await poll({ event: 'buyerCreated' });
		keycrm.catalog.data.buyers.push({ id: 901, full_name: 'New Buyer', created_at: after(buyers, 1), updated_at: after(buyers, 1) });
		expect(ids(await poll({ event: 'buyerCreated' }, buyers.staticData))).toEqual([901]);

		const cards = await poll({ event: 'cardCreatedOrMoved', filters: { pipelineId: [2] } });
		const moved = keycrm.catalog.data.cards.find((card) => card.id === 2)!;
		Object.assign(moved, { status_id: 3, status_changed_at: after(cards, 1), updated_at: after(cards, 1) });
		keycrm.catalog.data.cards.push({ id: 902, title: 'New card', pipeline_id: 2, status_id: 3, created_at: after(cards, 2), updated_at: after(cards, 2) });
		keycrm.sandbox.journal.length = 0;
		const next = await poll({ event: 'cardCreatedOrMoved', filters: { pipelineId: [2] } }, cards.staticData);
		expect(ids(next)).toEqual([2, 902]);
		expect(requests()[0]).toMatchObject({ path: '/pipelines/cards', query: { 'filter[pipeline_id]': '2' } });
		Object.assign(moved, { title: 'Renamed', updated_at: after(cards, 3) });
		expect((await poll({ event: 'cardCreatedOrMoved', filters: { pipelineId: [2] } }, next.staticData)).items).toBeNull();
	});

	it('declares a polling trigger with no inputs', async () => {
		const trigger = await (await import('../../harness/engine/engine')).nodeType('keyCrmPollTrigger');
		expect(trigger.description.polling).toBe(true);
		expect(trigger.description.inputs).toEqual([]);
		expect(typeof trigger.poll).toBe('function');
	});
});
