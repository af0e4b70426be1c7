import { useAplautSandbox } from '../support/sandboxes';
import { expectRequest, HEADER_STYLES, jsons, runAplaut } from './aplautTest';

const orderParameters = {
	number: 'order-number-1386',
	consumerName: 'Alexander L.',
	consumerEmail: 'luka@example.by',
	orderLines: { lines: [{ product_id: '45', name: 'ECCO 69 boots', price: 6800 }] },
	details: { payment_status: 'not-paid', fulfillment_status: 'packed', region: '74', extra: { pairs: [{ key: 'store', value: 'Minsk-1' }] } },
	additionalFields: { consumer_phone: '+375291112233' },
};

const orderAttributes = {
	number: 'order-number-1386',
	consumer_name: 'Alexander L.',
	consumer_email: 'luka@example.by',
	consumer_phone: '+375291112233',
	details: { store: 'Minsk-1', payment_status: 'not-paid', fulfillment_status: 'packed', region: '74' },
	order_lines: [{ product_id: '45', name: 'ECCO 69 boots', price: 6800 }],
};

describe.each(HEADER_STYLES)('Aplaut orders (Authorization: %s)', (style) => {
	const aplaut = useAplautSandbox();

	const seedOrder = () =>
		aplaut.store.add('orders', {
			number: 'N-1',
			consumer_name: 'Ann',
			consumer_email: 'ann@example.com',
			details: { payment_status: 'not-paid', region: '66' },
			order_lines: [{ product_id: '1', name: 'Hat', price: 10 }],
		});

	it('creates an order as the import guide shows it', async () => {
		const { items, error } = await runAplaut(aplaut, style, { resource: 'order', operation: 'create', ...orderParameters });
		expect(error).toBeUndefined();
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'POST',
			path: '/orders',
			body: { data: { type: 'orders', attributes: orderAttributes } },
		});
		expect(jsons(items)).toEqual([
			expect.objectContaining({ id: expect.any(String), type: 'orders', ...orderAttributes, relationships: expect.any(Object) }),
		]);
	});

	it('explains a duplicate order number as an item error', async () => {
		seedOrder();
		const { items, error } = await runAplaut(
			aplaut,
			style,
			{ resource: 'order', operation: 'create', ...orderParameters, number: 'N-1' },
			{ continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json.error).toBe('Aplaut already has an order with number "N-1"');
		expect(items[0].json.description).toContain('Create or Update');
		expect(items[0].json.description).toContain('number: is already taken');
		expect(items[0].json.httpCode).toBe('422');
		expect(aplaut.sandbox.journal.map((entry) => `${entry.method} ${entry.status}`)).toEqual(['POST 422']);
	});

	it('without Continue On Fail, a duplicate number stops the node with the same message', async () => {
		seedOrder();
		const { error } = await runAplaut(aplaut, style, { resource: 'order', operation: 'create', ...orderParameters, number: 'N-1' });
		expect(error?.message).toBe('Aplaut already has an order with number "N-1"');
	});

	it('with "update it", a duplicate number is followed by a PUT and the item succeeds', async () => {
		const existing = seedOrder();
		const { items, error } = await runAplaut(aplaut, style, {
			resource: 'order',
			operation: 'create',
			...orderParameters,
			number: 'N-1',
			ifExists: 'update',
		});
		expect(error).toBeUndefined();
		const [post, put] = aplaut.sandbox.journal;
		expect(post.status).toBe(422);
		const { number: _number, ...changes } = orderAttributes;
		expectRequest(put, style, { method: 'PUT', path: '/orders/N-1', body: { data: { type: 'orders', attributes: changes } } });
		expect(put.status).toBe(200);
		// details merged (region kept from before, overwritten here), lines replaced
		expect(jsons(items)).toEqual([
			expect.objectContaining({
				id: existing.id,
				number: 'N-1',
				details: { payment_status: 'not-paid', region: '74', store: 'Minsk-1', fulfillment_status: 'packed' },
				order_lines: [{ product_id: '45', name: 'ECCO 69 boots', price: 6800 }],
			}),
		]);
	});

	it('create or update sends PUT /orders/{number}: creates when missing (201), updates when present (200)', async () => {
		const parameters = { resource: 'order', operation: 'createOrUpdate', ...orderParameters };
		const first = await runAplaut(aplaut, style, parameters);
		expect(first.error).toBeUndefined();
		const { number: _number, ...attributes } = orderAttributes;
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'PUT',
			path: '/orders/order-number-1386',
			body: { data: { type: 'orders', attributes } },
		});
		expect(aplaut.sandbox.journal[0].status).toBe(201);
		expect(first.items[0].json).toMatchObject({ number: 'order-number-1386', consumer_email: 'luka@example.by' });

		const second = await runAplaut(aplaut, style, { ...parameters, details: { payment_status: 'paid' } });
		expect(aplaut.sandbox.journal[1].status).toBe(200);
		expect(second.items[0].json).toMatchObject({
			id: first.items[0].json.id,
			details: { store: 'Minsk-1', payment_status: 'paid', fulfillment_status: 'packed', region: '74' },
		});
		expect(aplaut.store.all('orders')).toHaveLength(1);
	});

	it('takes order lines as JSON built by an expression from a CRM order', async () => {
		const crmOrder = {
			id: 1386,
			buyer: { full_name: 'Ann B.', email: 'ann@example.com' },
			products: [
				{ name: 'Boots', price_sold: 6800, offer: { sku: '45' } },
				{ name: 'Laces', price_sold: 150.5, offer: { sku: '46' } },
			],
		};
		const { items, error } = await runAplaut(
			aplaut,
			style,
			{
				resource: 'order',
				operation: 'createOrUpdate',
				number: '={{ $json.id }}',
				consumerName: '={{ $json.buyer.full_name }}',
				consumerEmail: '={{ $json.buyer.email }}',
				orderLinesSource: 'json',
				orderLinesJson: '={{ $json.products.map(p => ({ product_id: p.offer.sku, name: p.name, price: p.price_sold })) }}',
				details: { payment_status: 'paid' },
			},
			{ items: [crmOrder] },
		);
		expect(error).toBeUndefined();
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'PUT',
			path: '/orders/1386',
			body: {
				data: {
					type: 'orders',
					attributes: {
						consumer_name: 'Ann B.',
						consumer_email: 'ann@example.com',
						details: { payment_status: 'paid' },
						order_lines: [
							{ product_id: '45', name: 'Boots', price: 6800 },
							{ product_id: '46', name: 'Laces', price: 150.5 },
						],
					},
				},
			},
		});
		expect(items[0].json).toMatchObject({ number: '1386', order_lines: [{ product_id: '45' }, { product_id: '46' }] });
	});

	it('update merges details and sends only what was given', async () => {
		const existing = seedOrder();
		const { items } = await runAplaut(aplaut, style, {
			resource: 'order',
			operation: 'update',
			orderId: existing.id,
			details: { payment_status: 'paid' },
		});
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'PUT',
			path: `/orders/${existing.id}`,
			body: { data: { type: 'orders', attributes: { details: { payment_status: 'paid' } } } },
		});
		expect(items[0].json).toMatchObject({
			number: 'N-1',
			details: { payment_status: 'paid', region: '66' },
			order_lines: [{ product_id: '1', name: 'Hat', price: 10 }],
		});
	});

	it('update with order lines replaces all lines', async () => {
		seedOrder();
		const { items } = await runAplaut(aplaut, style, {
			resource: 'order',
			operation: 'update',
			orderId: 'N-1',
			orderLines: { lines: [{ product_id: '7', name: 'Scarf', price: 0 }] },
		});
		expect(JSON.parse(aplaut.sandbox.journal[0].rawBody)).toEqual({
			data: { type: 'orders', attributes: { order_lines: [{ product_id: '7', name: 'Scarf' }] } },
		});
		expect(items[0].json.order_lines).toEqual([{ product_id: '7', name: 'Scarf' }]);
	});

	it('refuses an order line without a product ID before sending', async () => {
		const { items } = await runAplaut(
			aplaut,
			style,
			{ resource: 'order', operation: 'create', ...orderParameters, orderLines: { lines: [{ product_id: ' ', name: 'X' }] } },
			{ continueOnFail: true },
		);
		expect(items[0].json.error).toBe('Order line 1 has no Product ID');
		expect(aplaut.sandbox.journal).toHaveLength(0);
	});

	it('gets an order by number with its customer included', async () => {
		await runAplaut(aplaut, style, { resource: 'order', operation: 'create', ...orderParameters });
		aplaut.sandbox.journal.length = 0;
		const { items } = await runAplaut(aplaut, style, {
			resource: 'order',
			operation: 'get',
			orderId: 'order-number-1386',
			include: ['consumer'],
		});
		expectRequest(aplaut.sandbox.journal[0], style, { method: 'GET', path: '/orders/order-number-1386', query: { include: 'consumer' } });
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			type: 'orders',
			number: 'order-number-1386',
			included: { consumer: { type: 'consumers', email: 'luka@example.by', name: 'Alexander L.' } },
		});
	});

	it('gets the raw JSON:API document when Simplify is off', async () => {
		const existing = seedOrder();
		const { items } = await runAplaut(aplaut, style, { resource: 'order', operation: 'get', orderId: existing.id, simplify: false });
		expect(items[0].json).toEqual({
			data: expect.objectContaining({ id: existing.id, type: 'orders', attributes: expect.objectContaining({ number: 'N-1' }) }),
		});
	});

	it('a missing order is a 404 item error in Aplaut’s words', async () => {
		const { items } = await runAplaut(aplaut, style, { resource: 'order', operation: 'get', orderId: 'nope' }, { continueOnFail: true });
		expect(items[0].json).toMatchObject({ error: 'Record not found', httpCode: '404' });
	});

	it('deletes an order', async () => {
		seedOrder();
		const { items } = await runAplaut(aplaut, style, { resource: 'order', operation: 'delete', orderId: 'N-1' });
		expectRequest(aplaut.sandbox.journal[0], style, { method: 'DELETE', path: '/orders/N-1' });
		expect(aplaut.sandbox.journal[0].status).toBe(204);
		expect(jsons(items)).toEqual([{ id: 'N-1', deleted: true }]);
		expect(aplaut.store.all('orders')).toHaveLength(0);
	});

	it('lists orders page by page with a created_at filter and sort', async () => {
		aplaut.store.seed('orders', 62, (i) => ({
			number: `N-${i}`,
			created_at: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
		}));
		const { items } = await runAplaut(aplaut, style, {
			resource: 'order',
			operation: 'getAll',
			returnAll: true,
			filters: { conditions: [{ field: 'created_at', operator: 'gte', value: '2024-01-11T00:00:00Z' }] },
			sort: { rules: [{ field: 'created_at', direction: 'desc' }] },
		});
		const query = { filter: 'created_at:gte:2024-01-11T00:00:00Z', sort: 'created_at:desc', per_page: '25' };
		// 52 match: pages of 25, 25 and a short page of 2 that ends the list
		expect(aplaut.sandbox.journal).toHaveLength(3);
		aplaut.sandbox.journal.forEach((entry, index) =>
			expectRequest(entry, style, { method: 'GET', path: '/orders', query: { ...query, page: String(index + 1) } }),
		);
		expect(items).toHaveLength(52);
		expect(items[0].json.number).toBe('N-61');
		expect(items[51].json.number).toBe('N-10');
	});

	it('a limit below the minimum page size still asks for 5 and returns only the limit', async () => {
		aplaut.store.seed('orders', 12, (i) => ({ number: `N-${i}` }));
		const { items } = await runAplaut(aplaut, style, { resource: 'order', operation: 'getAll', returnAll: false, limit: 3 });
		expectRequest(aplaut.sandbox.journal[0], style, { method: 'GET', path: '/orders', query: { page: '1', per_page: '5' } });
		expect(items.map((item) => item.json.number)).toEqual(['N-0', 'N-1', 'N-2']);
	});

	it('a limit above one page keeps the page size, so page 3 is the next slice', async () => {
		aplaut.store.seed('orders', 70, (i) => ({ number: `N-${i}` }));
		const { items } = await runAplaut(aplaut, style, { resource: 'order', operation: 'getAll', returnAll: false, limit: 60 });
		expect(aplaut.sandbox.journal.map((entry) => entry.query)).toEqual([1, 2, 3].map((page) => ({ page: String(page), per_page: '25' })));
		expect(items.map((item) => item.json.number)).toEqual(Array.from({ length: 60 }, (_, i) => `N-${i}`));
	});

	it('a filter Aplaut refuses comes back as "Invalid query params" with the filter key', async () => {
		const { items } = await runAplaut(
			aplaut,
			style,
			{ resource: 'order', operation: 'getAll', filters: { conditions: [{ field: 'created_at', operator: 'in', value: 'a|b' }] } },
			{ continueOnFail: true },
		);
		expect(items[0].json).toMatchObject({ error: 'Invalid query params', httpCode: '422' });
		expect(items[0].json.description).toContain('filter[created_at]: operator in is not allowed');
	});
});
