import { useAplautSandbox } from '../support/sandboxes';
import { expectRequest, HEADER_STYLES, jsons, runAplaut } from './aplautTest';

describe.each(HEADER_STYLES)('Aplaut customers (Authorization: %s)', (style) => {
	const aplaut = useAplautSandbox();
	const seed = () => aplaut.store.add('consumers', { external_id: 'crm-7', email: 'ann@example.com', name: 'Ann', custom_attributes: { tier: 'gold' } });

	it('creates a customer', async () => {
		const { items } = await runAplaut(aplaut, style, {
			resource: 'consumer',
			operation: 'create',
			email: 'bob@example.com',
			name: 'Bob B.',
			fields: { first_name: 'Bob', phone: '+7 900 000 00 00', unsubscribed: false },
		});
		const attributes = { email: 'bob@example.com', name: 'Bob B.', first_name: 'Bob', phone: '+7 900 000 00 00', unsubscribed: false };
		expectRequest(aplaut.sandbox.journal[0], style, { method: 'POST', path: '/consumers', body: { data: { type: 'consumers', attributes } } });
		expect(items[0].json).toMatchObject({ type: 'consumers', ...attributes });
	});

	it('a missing email is Aplaut’s validation error', async () => {
		const { items } = await runAplaut(
			aplaut,
			style,
			{ resource: 'consumer', operation: 'create', email: '={{ $json.email }}', name: 'X' },
			{ continueOnFail: true, items: [{ email: '' }] },
		);
		expect(items[0].json).toMatchObject({ error: 'Validation error', httpCode: '422' });
		expect(items[0].json.description).toContain("email: can't be blank");
	});

	it('gets a customer by external ID with orders included', async () => {
		seed();
		const { items } = await runAplaut(aplaut, style, { resource: 'consumer', operation: 'get', consumerId: 'crm-7', include: ['orders'] });
		expectRequest(aplaut.sandbox.journal[0], style, { method: 'GET', path: '/consumers/crm-7', query: { include: 'orders' } });
		expect(items[0].json).toMatchObject({ email: 'ann@example.com' });
	});

	it('update merges custom attributes; an unknown ID creates the customer with that external ID', async () => {
		seed();
		const merged = await runAplaut(aplaut, style, {
			resource: 'consumer',
			operation: 'update',
			consumerId: 'crm-7',
			fields: { custom_attributes: { pairs: [{ key: 'city', value: 'Omsk' }] } },
		});
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'PUT',
			path: '/consumers/crm-7',
			body: { data: { type: 'consumers', attributes: { custom_attributes: { city: 'Omsk' } } } },
		});
		expect(merged.items[0].json.custom_attributes).toEqual({ tier: 'gold', city: 'Omsk' });

		const created = await runAplaut(aplaut, style, {
			resource: 'consumer',
			operation: 'update',
			consumerId: 'crm-8',
			fields: { email: 'new@example.com', name: 'New' },
		});
		expect(aplaut.sandbox.journal[1].status).toBe(201);
		expect(created.items[0].json).toMatchObject({ external_id: 'crm-8', email: 'new@example.com' });
	});

	it('deletes a customer', async () => {
		const consumer = seed();
		const { items } = await runAplaut(aplaut, style, { resource: 'consumer', operation: 'delete', consumerId: consumer.id });
		expectRequest(aplaut.sandbox.journal[0], style, { method: 'DELETE', path: `/consumers/${consumer.id}` });
		expect(jsons(items)).toEqual([{ id: consumer.id, deleted: true }]);
	});

	it('lists unsubscribed customers', async () => {
		aplaut.store.seed('consumers', 7, (i) => ({ email: `c${i}@example.com`, name: `C${i}`, unsubscribed: i % 3 === 0 }));
		const { items } = await runAplaut(aplaut, style, {
			resource: 'consumer',
			operation: 'getAll',
			limit: 10,
			filters: { conditions: [{ field: 'unsubscribed', operator: 'eq', value: 'true' }] },
		});
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'GET',
			path: '/consumers',
			query: { filter: 'unsubscribed:eq:true', page: '1', per_page: '10' },
		});
		expect(jsons(items).map((item) => item.email)).toEqual(['c0@example.com', 'c3@example.com', 'c6@example.com']);
	});
});
