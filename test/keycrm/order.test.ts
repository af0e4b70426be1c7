import type { IDataObject } from 'n8n-workflow';

import { useKeyCrmSandbox } from '../support/sandboxes';
import { jsonOf, runKeyCrm } from './orderSupport';

describe('KeyCRM Order → Get', () => {
	const keycrm = useKeyCrmSandbox();

	it('gets one order with the chosen includes', async () => {
		keycrm.store.seedOrders(2);
		const { items, error } = await runKeyCrm(keycrm, { resource: 'order', operation: 'get', orderId: 2, include: ['buyer', 'status'] });
		expect(error).toBeUndefined();
		const [sent] = keycrm.sandbox.journal;
		expect([sent.method, sent.path, sent.query]).toEqual(['GET', '/order/2', { include: 'buyer,status' }]);
		expect(items[0].json).toMatchObject({ id: 2, buyer: { full_name: 'Buyer 2' }, status: { id: 1, name: 'New' } });
	});

	it('an unknown order is a 404 item error', async () => {
		const { items } = await runKeyCrm(keycrm, { resource: 'order', operation: 'get', orderId: 7 }, { continueOnFail: true });
		expect(items[0].json).toMatchObject({ error: 'Order not found', httpCode: '404' });
		expect(keycrm.sandbox.journal.map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).toEqual(['GET /order/7 404']);
	});
});

describe('KeyCRM Order IDs are checked before sending', () => {
	const keycrm = useKeyCrmSandbox();

	it.each([
		[{ operation: 'get', orderId: 0 }, 'Order ID must be a positive whole number, not "0"'],
		[{ operation: 'attachTag', orderId: 1, tagId: '={{ $json.tag }}' }, 'Tag must be a positive whole number, not ""'],
		[{ operation: 'updatePayment', orderId: 1, paymentId: 1.5, updateFields: { status: 'paid' } }, 'Payment ID must be a positive whole number, not "1.5"'],
	])('%o', async (parameters, message) => {
		const { error } = await runKeyCrm(keycrm, { resource: 'order', ...parameters }, { items: [{ tag: '' }] });
		expect(error?.message).toBe(message);
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});
});

describe('KeyCRM Order → Get Many', () => {
	const keycrm = useKeyCrmSandbox();
	const getMany = (extra: IDataObject) => ({ resource: 'order', operation: 'getAll', ...extra });

	it('Return All over 120 orders reads 3 pages of 50 and returns 120 items', async () => {
		keycrm.store.seedOrders(120);
		const { items, error } = await runKeyCrm(keycrm, getMany({ returnAll: true }));
		expect(error).toBeUndefined();
		expect(items).toHaveLength(120);
		expect(jsonOf(items).map((json) => json.id)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
		expect(keycrm.sandbox.journal.map((entry) => entry.query)).toEqual([
			{ limit: '50', page: '1' },
			{ limit: '50', page: '2' },
			{ limit: '50', page: '3' },
		]);
	});

	it('Limit 30 makes one request of 30', async () => {
		keycrm.store.seedOrders(120);
		const { items } = await runKeyCrm(keycrm, getMany({ returnAll: false, limit: 30 }));
		expect(items).toHaveLength(30);
		expect(keycrm.sandbox.journal.map((entry) => entry.query)).toEqual([{ limit: '30', page: '1' }]);
	});

	it('sends every filter in KeyCRM’s format, with include and sort', async () => {
		keycrm.store.seedOrders(3);
		const { error } = await runKeyCrm(
			keycrm,
			getMany({
				returnAll: true,
				filters: {
					status_id: [1, 2],
					source_id: [3],
					source_uuid: 'BOT-77',
					buyer_email: 'a@shop.ua, b@shop.ua',
					buyer_phone: '+380501234567',
					payment_status: ['paid', 'part_paid'],
					has_tracking_code: false,
					createdBetween: { range: { from: '2020-08-24T00:00:00', to: '2020-09-22T23:59:59' } },
					updatedBetween: { range: { from: '2020-08-24T00:00:00+03:00', to: '2020-09-22T23:59:59Z' } },
					shippingBetween: { range: { from: '2021-01-01', to: '2021-01-31' } },
				},
				include: ['buyer', 'products.offer', 'shipping.deliveryService'],
				sort: { value: { field: 'created_at', direction: 'asc' } },
			}),
			{ timezone: 'Europe/Kyiv' },
		);
		expect(error).toBeUndefined();
		expect(keycrm.sandbox.journal[0].query).toEqual({
			'filter[status_id]': '1,2',
			'filter[source_id]': '3',
			'filter[source_uuid]': 'BOT-77',
			'filter[buyer_email]': 'a@shop.ua,b@shop.ua',
			'filter[buyer_phone]': '+380501234567',
			'filter[payment_status]': 'paid,part_paid',
			'filter[has_tracking_code]': 'false',
			// Kyiv is UTC+3 in summer, UTC+2 in winter; values with an offset keep theirs.
			'filter[created_between]': '2020-08-23 21:00:00, 2020-09-22 20:59:59',
			'filter[updated_between]': '2020-08-23 21:00:00, 2020-09-22 23:59:59',
			'filter[shipping_between]': '2020-12-31 22:00:00, 2021-01-30 22:00:00',
			include: 'buyer,products.offer,shipping.deliveryService',
			sort: 'created_at',
			limit: '50',
			page: '1',
		});
	});

	it('filters and sorts as the sandbox account holds them', async () => {
		keycrm.store.seedOrders(6);
		keycrm.store.orders[1].status_id = 2;
		keycrm.store.orders[4].status_id = 2;
		const { items } = await runKeyCrm(
			keycrm,
			getMany({ returnAll: true, filters: { status_id: [2] }, sort: { value: { field: 'id', direction: 'desc' } } }),
		);
		expect(jsonOf(items).map((json) => json.id)).toEqual([5, 2]);
		expect(keycrm.sandbox.journal[0].query.sort).toBe('-id');
	});

	it('a date range without a valid start is an item error, nothing is sent', async () => {
		const { error } = await runKeyCrm(keycrm, getMany({ filters: { createdBetween: { range: { from: 'yesterday', to: '' } } } }));
		expect(error?.message).toBe('created between: the range needs a valid start date ("yesterday")');
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});
});

describe('KeyCRM Order → Update', () => {
	const keycrm = useKeyCrmSandbox();
	beforeEach(() => {
		keycrm.store.seedOrders(1);
		keycrm.store.orders[0].products = [
			{ id: 10, sku: 'TS-M', name: 'T-shirt', price: 450, quantity: 1 },
			{ id: 11, sku: 'CAP', name: 'Cap', price: 200, quantity: 1 },
		];
	});

	it('sends the changed fields, shipping, products and custom fields', async () => {
		const { items, error } = await runKeyCrm(keycrm, {
			resource: 'order',
			operation: 'update',
			orderId: 1,
			updateFields: { status_id: 3, manager_comment: 'Sent today', discount_amount: 20 },
			shipping: { tracking_code: '20450000000001', delivery_service_id: 1, shipping_date: '2024-05-04T00:00:00' },
			products: {
				product: [
					{ id: 10, fields: { quantity: 3, product_status_id: 2 } },
					{ sku: 'CAP', fields: { price: 180, comment: 'Blue' } },
				],
			},
			customFields: { field: [{ uuid: 'OR_1002', value: 'Card' }] },
		});
		expect(error).toBeUndefined();
		expect(keycrm.sandbox.journal.map((entry) => `${entry.method} ${entry.path}`)).toEqual(['GET /custom-fields', 'PUT /order/1']);
		expect(keycrm.sandbox.requests('PUT', '/order/1')[0].body).toEqual({
			status_id: 3,
			manager_comment: 'Sent today',
			discount_amount: 20,
			shipping: { tracking_code: '20450000000001', delivery_service_id: 1, shipping_date: '2024-05-04' },
			products: [
				{ id: 10, quantity: 3, product_status_id: 2 },
				{ sku: 'CAP', price: 180, comment: 'Blue' },
			],
			custom_fields: [{ uuid: 'OR_1002', value: ['Card'] }],
		});
		expect(items[0].json).toMatchObject({ id: 1, status_id: 3, grand_total: 1510 });
	});

	it('JSON mode sends the body as written', async () => {
		const { error } = await runKeyCrm(keycrm, {
			resource: 'order',
			operation: 'update',
			orderId: 1,
			inputMode: 'json',
			jsonBody: '{"status_id": 4, "buyer_comment": "Thanks"}',
		});
		expect(error).toBeUndefined();
		expect(keycrm.sandbox.requests('PUT', '/order/1')[0].body).toEqual({ status_id: 4, buyer_comment: 'Thanks' });
		expect(keycrm.store.orders[0]).toMatchObject({ status_id: 4, buyer_comment: 'Thanks' });
	});

	it('an update without any field is refused before sending; a second tracking code is KeyCRM’s 422', async () => {
		const empty = await runKeyCrm(keycrm, { resource: 'order', operation: 'update', orderId: 1 });
		expect(empty.error?.message).toBe('Nothing to update: add at least one field');
		expect(keycrm.sandbox.journal).toHaveLength(0);

		keycrm.store.orders[0].shipping = { tracking_code: 'OLD' };
		const twice = await runKeyCrm(keycrm, { resource: 'order', operation: 'update', orderId: 1, shipping: { tracking_code: 'NEW' } });
		expect(twice.error?.message).toBe('The order already has a tracking code.');
		expect(twice.error?.description).toContain('shipping.tracking_code: The order already has a tracking code.');
	});
});

describe('KeyCRM Order → Import', () => {
	const keycrm = useKeyCrmSandbox();
	const order = (i: number) => ({ source_id: 1, buyer: { full_name: `Buyer ${i}` }, products: [{ sku: `S-${i}`, price: 10 }] });

	it('sends up to 50 orders per request', async () => {
		const orders = Array.from({ length: 120 }, (_, i) => order(i + 1));
		const { items, error } = await runKeyCrm(keycrm, { resource: 'order', operation: 'import', orders: JSON.stringify(orders) });
		expect(error).toBeUndefined();
		const sent = keycrm.sandbox.requests('POST', '/order/import');
		expect(sent.map((entry) => ((entry.body as IDataObject).orders as unknown[]).length)).toEqual([50, 50, 20]);
		expect((sent[2].body as IDataObject).orders).toEqual(orders.slice(100));
		expect(items[0].json).toEqual({ imported: 120, requests: 3, responses: [{ status: true }, { status: true }, { status: true }] });
		expect(keycrm.store.orders).toHaveLength(120);
	});

	it('checks every order first and names the bad ones', async () => {
		const orders = [order(1), { source_id: 1, buyer: { email: 'nope' } }, { buyer: { phone: '+380' } }];
		const { error } = await runKeyCrm(keycrm, { resource: 'order', operation: 'import', orders: JSON.stringify(orders) });
		expect(error?.message).toBe('Order 2: The buyer\'s email "nope" is not a valid email address (and 1 more problem)');
		expect(error?.description).toContain('- Order 3: A source is required (source_id)');
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});
});
