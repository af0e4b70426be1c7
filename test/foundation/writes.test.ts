import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runNode } from '../../harness/engine/engine';
import type { FaultRule } from '../../sandboxes/core/sandbox';
import { aplautCredentials, botobotCredentials, broniboyCredentials, keyCrmCredentials } from '../../sandboxes/credentials';
import { PLACE_LENINA } from '../../sandboxes/broniboy/store';
import { availablePickupTimes } from '../../sandboxes/broniboy/orders';
import { useAplautSandbox, useBotobotSandbox, useBroniboySandbox, useKeyCrmSandbox } from '../support/sandboxes';

// Quick retries, no pacing: these tests are about what is sent again, not about the pace.
const requestOptions = { timeout: 1, maxRetries: 3, rateLimitRequests: 0 };

/** The service stores the write, then the answer is lost in each way a network loses one. */
const LOST_ANSWERS: Array<[string, FaultRule['fault']]> = [
	['a timeout', { kind: 'slow', delayMs: 1600 }],
	['a reset connection', { kind: 'drop' }],
	['a 500', { kind: 'status', status: 500, body: { message: 'Server Error' } }],
	['a 502', { kind: 'status', status: 502, body: '<html>Bad Gateway</html>', contentType: 'text/html' }],
	['a 504', { kind: 'status', status: 504, body: '<html>Gateway Timeout</html>', contentType: 'text/html' }],
];

const keycrm = useKeyCrmSandbox();
const broniboy = useBroniboySandbox();
const botobot = useBotobotSandbox();
const aplaut = useAplautSandbox();

const run = (type: string, parameters: IDataObject, credentials: Record<string, unknown>, items?: IDataObject[]) =>
	runNode({
		type,
		parameters: { ...parameters, requestOptions } as INodeParameters,
		credentials: credentials as never,
		items,
	});

interface Unsafe {
	name: string;
	route: { method: string; path: string };
	run: () => ReturnType<typeof run>;
	/** The records the service holds of what was written. */
	count: () => number;
	/** The node finds the record itself: the item returns it. */
	returns?: (json: IDataObject) => void;
	/** Else the item fails with this. */
	mayHave?: string;
}

const order = { source_id: 2, source_uuid: 'bot-1001', buyer: { full_name: 'Anna Koval', phone: '+380501234567' } };
const createOrder = (extra: IDataObject = {}) => ({ resource: 'order', operation: 'create', inputMode: 'json', jsonBody: JSON.stringify(order), ...extra });
const paymentsOf = (id: number) => ((keycrm.store.orders.find((row) => row.id === id)?.payments ?? []) as IDataObject[]);
const expensesOf = (id: number) => ((keycrm.store.orders.find((row) => row.id === id)?.expenses ?? []) as IDataObject[]);
const seedOrder = () => {
	keycrm.store.seedOrders(1);
	return keycrm.store.orders[0].id as number;
};

const UNSAFE: Unsafe[] = [
	{
		name: 'KeyCRM Create Order with a Source UUID',
		route: { method: 'POST', path: '^/order$' },
		run: () => run('keyCrm', createOrder(), keyCrmCredentials(keycrm.sandbox)),
		count: () => keycrm.store.orders.length,
		returns: (json) => expect(json).toMatchObject({ id: keycrm.store.orders[0].id, source_uuid: 'bot-1001' }),
	},
	{
		name: 'KeyCRM Add Payment',
		route: { method: 'POST', path: '^/order/\\d+/payment$' },
		run: () => run('keyCrm', { resource: 'order', operation: 'addPayment', orderId: seedOrder(), payment_method_id: 1, amount: 120, description: 'Botobot 1001' }, keyCrmCredentials(keycrm.sandbox)),
		count: () => paymentsOf(keycrm.store.orders[0]?.id as number).length,
		returns: (json) => expect(json).toMatchObject({ id: paymentsOf(keycrm.store.orders[0].id as number)[0].id, amount: 120, description: 'Botobot 1001' }),
	},
	{
		name: 'KeyCRM Create Order without a Source UUID',
		route: { method: 'POST', path: '^/order$' },
		run: () => run('keyCrm', createOrder({ jsonBody: JSON.stringify({ ...order, source_uuid: undefined }) }), keyCrmCredentials(keycrm.sandbox)),
		count: () => keycrm.store.orders.length,
		mayHave: 'KeyCRM may have created this order: check Order → Get Many',
	},
	{
		name: 'KeyCRM Create Order with Create Another',
		route: { method: 'POST', path: '^/order$' },
		run: () => run('keyCrm', createOrder({ ifSourceUuidExists: 'createAnother' }), keyCrmCredentials(keycrm.sandbox)),
		count: () => keycrm.store.orders.length,
		mayHave: 'KeyCRM may have created this order',
	},
	{
		name: 'KeyCRM Add Expense',
		route: { method: 'POST', path: '^/order/\\d+/expense$' },
		run: () => run('keyCrm', { resource: 'order', operation: 'addExpense', orderId: seedOrder(), expense_type_id: 2, amount: 25.5 }, keyCrmCredentials(keycrm.sandbox)),
		count: () => expensesOf(keycrm.store.orders[0]?.id as number).length,
		mayHave: 'KeyCRM may have added this expense to the order',
	},
	{
		name: 'KeyCRM Create Buyer',
		route: { method: 'POST', path: '^/buyer$' },
		run: () => run('keyCrm', { resource: 'buyer', operation: 'create', fullName: 'Anna Koval' }, keyCrmCredentials(keycrm.sandbox)),
		count: () => keycrm.catalog.data.buyers.filter((buyer) => buyer.full_name === 'Anna Koval').length,
		mayHave: 'KeyCRM may have created this buyer',
	},
	{
		name: 'Broniboy Create B2B Order',
		route: { method: 'POST', path: '^/orders/create/$' },
		run: () =>
			run(
				'broniboy',
				{
					resource: 'b2bOrder',
					operation: 'create',
					pickupSource: 'place',
					placeId: PLACE_LENINA,
					paymentType: 'cash',
					dropOffAddress: 'Moscow, Tverskaya 7, apt. 12',
					clientPhone: '+79001234567',
					pickupTimeMode: 'given',
					pickupTime: availablePickupTimes()[0],
				},
				broniboyCredentials(broniboy.sandbox),
			),
		count: () => broniboy.store.b2bOrders.length,
		mayHave: 'Broniboy may have created this order (and called a courier): check B2B Order → Get Many',
	},
	{
		name: 'Botobot Add Task',
		route: { method: 'POST', path: '^/addTask/' },
		run: () => run('botobot', { resource: 'task', operation: 'add', userId: 77, command: '/start', runAtMode: 'timestamp', timestamp: 1893553445 }, botobotCredentials(botobot.sandbox)),
		count: () => botobot.store.tasks.size,
		mayHave: 'Botobot may have scheduled this task',
	},
	{
		name: 'Aplaut Create Review',
		route: { method: 'POST', path: '^/reviews$' },
		run: () => run('aplaut', { resource: 'review', operation: 'create', rating: 5, body: 'Great boots' }, aplautCredentials(aplaut.sandbox, 'bearer')),
		count: () => aplaut.store.all('reviews').length,
		mayHave: 'Aplaut may have created this record',
	},
];

const sandboxes = () => [keycrm.sandbox, broniboy.sandbox, botobot.sandbox, aplaut.sandbox];

describe('a write whose answer is lost is never made twice', () => {
	describe.each(UNSAFE.map((entry) => [entry.name, entry] as const))('%s', (_, operation) => {
		it.each(LOST_ANSWERS)('after %s', async (_label, fault) => {
			for (const sandbox of sandboxes()) sandbox.injectFault({ ...operation.route, afterHandling: true, fault });
			const { items, error } = await operation.run();
			expect(operation.count()).toBe(1);
			if (operation.returns) {
				expect(error).toBeUndefined();
				expect(items).toHaveLength(1);
				operation.returns(items[0].json);
				return;
			}
			expect(error).toBeDefined();
			// A 500 keeps the service's own message and says underneath that the write may have happened.
			const said = `${error!.message}\n${String(error!.description ?? '')}`;
			expect(said).toContain(operation.mayHave);
			expect(said).toContain('before running it again');
			if (fault.kind !== 'status' || fault.status !== 500) expect(error!.message).toContain(operation.mayHave);
		});

		it.each([
			['a 429', { kind: 'status', status: 429, body: { message: 'Too Many Attempts.' }, headers: { 'Retry-After': '0' } }],
			['a 503 with Retry-After', { kind: 'status', status: 503, body: { message: 'Maintenance' }, headers: { 'Retry-After': '0' } }],
		] as Array<[string, FaultRule['fault']]>)('is sent again after %s, which proves it was not processed', async (_label, fault) => {
			for (const sandbox of sandboxes()) sandbox.injectFault({ ...operation.route, fault });
			const { items, error } = await operation.run();
			expect(error).toBeUndefined();
			expect(items).toHaveLength(1);
			expect(operation.count()).toBe(1);
		});
	});
});

describe('an operation that may be re-sent is retried after the same failures', () => {
	const SAFE: Array<{ name: string; route: { method: string; path: string }; run: () => ReturnType<typeof run>; check: (json: IDataObject) => void }> = [
		{
			name: 'KeyCRM Update Order',
			route: { method: 'PUT', path: '^/order/\\d+$' },
			run: () => run('keyCrm', { resource: 'order', operation: 'update', orderId: seedOrder(), updateFields: { manager_comment: 'Call first' } }, keyCrmCredentials(keycrm.sandbox)),
			check: (json) => expect(json).toMatchObject({ manager_comment: 'Call first' }),
		},
		{
			name: 'KeyCRM Get Order',
			route: { method: 'GET', path: '^/order/\\d+$' },
			run: () => run('keyCrm', { resource: 'order', operation: 'get', orderId: seedOrder() }, keyCrmCredentials(keycrm.sandbox)),
			check: (json) => expect(json.id).toBe(keycrm.store.orders[0].id),
		},
		{
			name: 'Aplaut Create or Update Order (PUT)',
			route: { method: 'PUT', path: '^/orders/' },
			run: () =>
				run(
					'aplaut',
					{ resource: 'order', operation: 'createOrUpdate', number: 'n-7', consumerName: 'Luka', consumerEmail: 'luka@example.by', orderLines: { lines: [{ product_id: '45', name: 'Boots', price: 6800 }] } },
					aplautCredentials(aplaut.sandbox, 'bearer'),
				),
			check: (json) => {
				expect(json).toMatchObject({ number: 'n-7' });
				expect(aplaut.store.all('orders').filter((row) => row.number === 'n-7')).toHaveLength(1);
			},
		},
		{
			name: 'Botobot Update Status',
			route: { method: 'POST', path: '^/updateOrderStatus/' },
			run: () => run('botobot', { resource: 'order', operation: 'updateStatus', orderId: 1001, status: 20 }, botobotCredentials(botobot.sandbox)),
			check: () => expect(botobot.store.orders.get(1001)?.status).toBe(20),
		},
	];

	describe.each(SAFE.map((entry) => [entry.name, entry] as const))('%s', (_, operation) => {
		it.each(LOST_ANSWERS)('after %s', async (_label, fault) => {
			for (const sandbox of sandboxes()) sandbox.injectFault({ ...operation.route, afterHandling: true, fault });
			const { items, error } = await operation.run();
			expect(error).toBeUndefined();
			operation.check(items[0].json);
			const sent = sandboxes().flatMap((sandbox) => sandbox.requests(operation.route.method)).filter((entry) => new RegExp(operation.route.path).test(entry.path));
			expect(sent).toHaveLength(2);
		});
	});
});

describe('KeyCRM Create Order recognises its order by source UUID', () => {
	const credentials = () => keyCrmCredentials(keycrm.sandbox);

	it('returns the order a first run created, and creates none', async () => {
		const first = await run('keyCrm', createOrder(), credentials());
		const second = await run('keyCrm', createOrder(), credentials());
		expect(second.error).toBeUndefined();
		expect(keycrm.store.orders).toHaveLength(1);
		expect(second.items[0].json.id).toBe(first.items[0].json.id);
		expect(keycrm.sandbox.requests('POST', '/order')).toHaveLength(1);
		expect(keycrm.sandbox.requests('GET', '/order').map((entry) => entry.query)).toContainEqual(
			expect.objectContaining({ 'filter[source_uuid]': 'bot-1001', 'filter[source_id]': '2' }),
		);
	});

	it('an order of another source with the same number is not this one', async () => {
		await run('keyCrm', createOrder({ jsonBody: JSON.stringify({ ...order, source_id: 1 }) }), credentials());
		await run('keyCrm', createOrder(), credentials());
		expect(keycrm.store.orders.map((row) => row.source_id)).toEqual([1, 2]);
	});

	it('8 executions at once with the same Source UUID create one order and all return it', async () => {
		const runs = await Promise.all(Array.from({ length: 8 }, () => run('keyCrm', createOrder(), credentials())));
		expect(runs.map((result) => result.error)).toEqual(Array(8).fill(undefined));
		expect(keycrm.store.orders).toHaveLength(1);
		expect(runs.map((result) => result.items[0].json.id)).toEqual(Array(8).fill(keycrm.store.orders[0].id));
	});

	it('with Create Another, 8 executions at once create 8 orders', async () => {
		const runs = await Promise.all(Array.from({ length: 8 }, () => run('keyCrm', createOrder({ ifSourceUuidExists: 'createAnother' }), credentials())));
		expect(runs.map((result) => result.error)).toEqual(Array(8).fill(undefined));
		expect(keycrm.store.orders).toHaveLength(8);
		expect(new Set(runs.map((result) => result.items[0].json.id)).size).toBe(8);
	});

	it('its look-up is a read: retried after a lost answer, inside the create that is not', async () => {
		keycrm.sandbox.injectFault({ method: 'GET', path: '^/order$', afterHandling: true, fault: { kind: 'status', status: 502, body: 'Bad Gateway', contentType: 'text/html' } });
		const { items, error } = await run('keyCrm', createOrder(), credentials());
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe(keycrm.store.orders[0].id);
		expect(keycrm.sandbox.requests('GET', '/order').map((entry) => entry.status)).toEqual([502, 200]);
		expect(keycrm.store.orders).toHaveLength(1);
	});

	it('a form order without an order number in the source is created every time', async () => {
		const form = { resource: 'order', operation: 'create', sourceId: 1, buyerFullName: 'Anna Koval' };
		await run('keyCrm', form, credentials());
		await run('keyCrm', form, credentials());
		expect(keycrm.store.orders).toHaveLength(2);
		expect(keycrm.sandbox.requests('GET', '/order')).toHaveLength(0);
	});
});
