import { useAplautSandbox } from '../support/sandboxes';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';
import { runAplaut } from './aplautTest';

describe('Aplaut Update is a PUT, which creates a record Aplaut lacks', () => {
	const aplaut = useAplautSandbox();

	it('an order update of an unknown number names the attributes a new order needs', async () => {
		const { items, error } = await runAplaut(
			aplaut,
			'token',
			{ resource: 'order', operation: 'update', orderId: 'N-404', details: { payment_status: 'paid' } },
			{ continueOnFail: true, items: [{}, {}] },
		);
		expect(error).toBeUndefined();
		expect(aplaut.sandbox.journal.map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).toEqual([
			'PUT /orders/N-404 422',
			'PUT /orders/N-404 422',
		]);
		for (const item of items) {
			expect(item.json.error).toBe('Aplaut needs consumer_name, consumer_email, order_lines to save this order');
			expect(item.json.description).toContain('Update sends PUT, and Aplaut creates the order when it has none with this ID');
			expect(item.json.description).toContain("consumer_name: can't be blank");
			expect(item.json.httpCode).toBe('422');
		}
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(aplaut.store.all('orders')).toHaveLength(0);
	});

	it('a customer update of an unknown ID without name and email says so', async () => {
		const { error } = await runAplaut(aplaut, 'bearer', {
			resource: 'consumer',
			operation: 'update',
			consumerId: 'crm-404',
			fields: { phone: '+375291112233' },
		});
		expect(error?.message).toBe('Aplaut needs email, name to save this consumer');
	});

	it('other 422s keep Aplaut’s own message', async () => {
		aplaut.sandbox.injectFault({
			fault: {
				kind: 'status',
				status: 422,
				contentType: 'application/vnd.api+json',
				body: { errors: { status: 422, title: 'Validation error', details: { number: ['is already taken'], model: 'Validation of Order failed.' } } },
			},
		});
		const { error } = await runAplaut(aplaut, 'token', { resource: 'order', operation: 'update', orderId: 'N-1', details: { payment_status: 'paid' } });
		expect(error?.message).toBe('Validation error');
		expect(error?.description).not.toContain('Update sends PUT');
	});
});

describe('Aplaut sandbox: only the attributes its schemas declare', () => {
	const aplaut = useAplautSandbox();
	const send = async (method: string, path: string, type: string, attributes: Record<string, unknown>) =>
		await fetch(`${aplaut.sandbox.baseUrl}${path}`, {
			method,
			headers: { Authorization: `Bearer ${SANDBOX_TOKENS.aplautToken}`, 'Content-Type': 'application/vnd.api+json', Accept: 'application/vnd.api+json' },
			body: JSON.stringify({ data: { type, attributes } }),
		});

	it.each([
		['POST', '/orders', 'orders', { number: 'N-9', consumer_name: 'A', consumer_email: 'a@example.com', order_lines: [{ product_id: '1' }], consumer_full_name: 'A' }, 'consumer_full_name'],
		['PUT', '/products/{seeded}', 'products', { name: 'Hat', brand_name: 'Acme' }, 'brand_name'],
		['POST', '/consumers', 'consumers', { email: 'a@example.com', name: 'A', city: 'Omsk' }, 'city'],
	])('%s %s refuses an undeclared attribute', async (method, path, type, attributes, field) => {
		const seeded = aplaut.store.add('products', { name: 'Hat', external_id: 'p-1' });
		const response = await send(method, path.replace('{seeded}', String(seeded.id)), type, attributes);
		expect(response.status).toBe(422);
		const body = (await response.json()) as { errors: { title: string; details: Record<string, string[]> } };
		expect(body.errors.title).toBe('Invalid params');
		expect(body.errors.details).toEqual({ [field]: ['is not a permitted attribute'] });
	});

	it('takes a product with brand_name on create, where the schema declares it', async () => {
		const response = await send('POST', '/products', 'products', { name: 'Hat', external_id: 'p-1', brand_name: 'Acme' });
		expect(response.status).toBe(201);
	});
});
