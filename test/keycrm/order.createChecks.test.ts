import { useKeyCrmSandbox } from '../support/sandboxes';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';
import { jsonOf, runKeyCrm } from './orderSupport';

const createOrder = (extra: Record<string, unknown>) => ({ resource: 'order', operation: 'create', ...extra });

describe('KeyCRM Order → Create: checks before sending', () => {
	const keycrm = useKeyCrmSandbox();

	it.each([
		['a malformed email', { sourceId: 1, buyerEmail: 'anna.shop.ua' }, 'The buyer\'s email "anna.shop.ua" is not a valid email address'],
		['a buyer without any contact', { sourceId: 1 }, 'The buyer needs at least one of: full name, email, phone'],
		['a missing source', { sourceId: '={{ $json.source }}', buyerFullName: 'Anna' }, 'A source is required (source_id)'],
	])('%s stops the item with a clear error and sends nothing', async (_case, fields, message) => {
		const { error } = await runKeyCrm(keycrm, createOrder(fields), { items: [{ source: '' }] });
		expect(error?.message).toBe(message);
		expect(error?.description).toContain('Nothing was sent to KeyCRM');
		expect(error?.context?.itemIndex).toBe(0);
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});

	it.each([
		[
			'a product property without a value (form)',
			{ sourceId: 1, buyerFullName: 'Anna', products: { product: [{ name: 'Tea', price: 1, quantity: 1, properties: { property: [{ name: 'Color', value: '' }] } }] } },
			'Product 1, property 1 ("Color") needs a value',
		],
		[
			'a product property without a name (form)',
			{ sourceId: 1, buyerFullName: 'Anna', products: { product: [{ name: 'Tea', properties: { property: [{ name: '', value: 'Gold' }] } }] } },
			'Product 1, property 1 needs a name',
		],
		[
			'a product property without a value (JSON)',
			{ sourceId: 1, inputMode: 'json', jsonBody: JSON.stringify({ source_id: 1, buyer: { full_name: 'Anna' }, products: [{ sku: 'A', properties: [{ name: 'Size' }] }] }) },
			'Product 1, property 1 ("Size") needs a value',
		],
		[
			'a payment with status "refund" (JSON)',
			{ inputMode: 'json', jsonBody: JSON.stringify({ source_id: 1, buyer: { full_name: 'Anna' }, payments: [{ amount: 5, payment_method: 'Cash', status: 'refund' }] }) },
			'Payment 1 has an unknown status "refund" (use paid, not_paid, canceled)',
		],
		[
			'a Warehouse Ref without a delivery service (form)',
			{ sourceId: 1, buyerFullName: 'Anna', shipping: { warehouse_ref: '1ec09d2e-e1c2-11e3-8c4a-0050568002cf' } },
			'Shipping: a Nova Poshta Warehouse Ref needs the delivery service too (delivery_service_id of Nova Poshta in KeyCRM)',
		],
	])('%s stops the item before sending', async (_case, fields, message) => {
		const { error, items } = await runKeyCrm(keycrm, createOrder(fields), { continueOnFail: true, items: [{}, {}] });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.error)).toEqual([message, message]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});

	it('sends a property with its value, and a Warehouse Ref with its delivery service', async () => {
		const { error } = await runKeyCrm(
			keycrm,
			createOrder({
				sourceId: 1,
				buyerFullName: 'Anna',
				products: { product: [{ name: 'Tea', price: 1, quantity: 1, properties: { property: [{ name: 'Color', value: 'Gold' }, { name: '', value: '' }] } }] },
				shipping: { delivery_service_id: 1, warehouse_ref: '1ec09d2e-e1c2-11e3-8c4a-0050568002cf' },
			}),
		);
		expect(error).toBeUndefined();
		const [sent] = keycrm.sandbox.requests('POST', '/order');
		expect(sent.status).toBe(201);
		const body = sent.body as { products: Array<{ properties: unknown }>; shipping: unknown };
		expect(body.products[0].properties).toEqual([{ name: 'Color', value: 'Gold' }]);
		expect(body.shipping).toEqual({ delivery_service_id: 1, warehouse_ref: '1ec09d2e-e1c2-11e3-8c4a-0050568002cf' });
	});

	it('offers no "refund" payment status on create', async () => {
		const { nodeType } = await import('../../harness/engine/engine');
		const type = await nodeType('keyCrm');
		const payments = type.description.properties.find(
			(property) => property.name === 'payments' && property.displayOptions?.show?.operation?.includes('create'),
		) as { options: Array<{ values: Array<{ name: string; options?: Array<{ value: string }> }> }> } | undefined;
		const status = payments?.options[0].values.find((field) => field.name === 'status');
		expect(status?.options?.map((option) => option.value).sort()).toEqual(['canceled', 'not_paid', 'paid']);
	});

	it.each([
		['a property without a value', { products: [{ sku: 'A', properties: [{ name: 'Size' }] }] }, 'products.0.properties.0.value'],
		['a "refund" payment', { payments: [{ amount: 5, payment_method: 'Cash', status: 'refund' }] }, 'payments.0.status'],
		['a warehouse_ref alone', { shipping: { warehouse_ref: '1ec09d2e-e1c2-11e3-8c4a-0050568002cf' } }, 'shipping.delivery_service_id'],
	])('the sandbox refuses %s with 422', async (_case, extra, field) => {
		const response = await fetch(`${keycrm.sandbox.baseUrl}/order`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${SANDBOX_TOKENS.keyCrmApiKey}`, 'Content-Type': 'application/json', Accept: 'application/json' },
			body: JSON.stringify({ source_id: 1, buyer: { full_name: 'Anna' }, ...extra }),
		});
		expect(response.status).toBe(422);
		expect(Object.keys(((await response.json()) as { errors: object }).errors)).toEqual([field]);
	});

	it('lists every problem of an item at once', async () => {
		const { error } = await runKeyCrm(
			keycrm,
			createOrder({ sourceId: '={{ $json.source }}', buyerEmail: 'bad@', payments: { payment: [{ amount: 10, status: 'paid' }] } }),
			{ items: [{ source: '' }] },
		);
		expect(error?.message).toBe('A source is required (source_id) (and 2 more problems)');
		expect(error?.description).toContain('- The buyer\'s email "bad@" is not a valid email address');
		expect(error?.description).toContain('- Payment 1 needs a payment method (from the list or by name)');
	});

	it('with Continue On Fail, the bad items become error items and the good ones are created', async () => {
		const { items, error } = await runKeyCrm(
			keycrm,
			createOrder({ sourceId: 1, buyerFullName: '={{ $json.name }}', buyerEmail: '={{ $json.email }}' }),
			{
				continueOnFail: true,
				items: [
					{ name: 'Anna', email: 'anna@shop.ua' },
					{ name: 'Bad', email: 'not-an-email' },
					{ name: '', email: '' },
					{ name: 'Ivan', email: '' },
				],
			},
		);
		expect(error).toBeUndefined();
		expect(jsonOf(items).map((json) => json.id ?? json.error)).toEqual([
			1,
			'The buyer\'s email "not-an-email" is not a valid email address',
			'The buyer needs at least one of: full name, email, phone',
			2,
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(keycrm.sandbox.requests('POST', '/order')).toHaveLength(2);
	});

	it('a 422 from KeyCRM shows its field messages in the error description', async () => {
		const { items } = await runKeyCrm(
			keycrm,
			createOrder({
				sourceId: 99,
				buyerFullName: 'Anna',
				customFields: { field: [{ uuid: 'OR_1002', value: 'Bag' }] },
			}),
			{ continueOnFail: true },
		);
		expect(keycrm.sandbox.requests('POST', '/order').map((entry) => entry.status)).toEqual([422]);
		expect(items[0].json.error).toBe('The selected source id is invalid. (and 1 more error)');
		expect(items[0].json.httpCode).toBe('422');
		expect(items[0].json.description).toContain('source_id: The selected source id is invalid.');
		expect(items[0].json.description).toContain('custom_fields.0.value: The selected custom_fields.0.value is invalid.');
	});

	it('a wrong API key gives KeyCRM’s 401 message', async () => {
		const { error } = await runKeyCrm(keycrm, createOrder({ sourceId: 1, buyerFullName: 'Anna' }), { apiKey: 'wrong-key' });
		expect(error?.message).toBe('Unauthenticated.');
		expect(keycrm.sandbox.journal.map((entry) => entry.status)).toEqual([401]);
		expect(keycrm.store.orders).toHaveLength(0);
	});
});
