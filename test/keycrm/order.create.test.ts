import type { IDataObject } from 'n8n-workflow';

import { useKeyCrmSandbox } from '../support/sandboxes';
import { runKeyCrm } from './orderSupport';

const createOrder = (extra: IDataObject) => ({ resource: 'order', operation: 'create', ...extra });

describe('KeyCRM Order → Create', () => {
	const keycrm = useKeyCrmSandbox();

	it('sends every form section as KeyCRM’s body and returns the new order', async () => {
		const { items, error } = await runKeyCrm(
			keycrm,
			createOrder({
				// The body as sent is the subject here; looking up the Source UUID first is tested in foundation/writes.
				ifSourceUuidExists: 'createAnother',
				sourceId: 2,
				buyerFullName: 'Anna Koval',
				buyerEmail: 'anna@shop.ua',
				buyerPhone: '+380501234567',
				products: {
					product: [
						{
							name: 'T-shirt',
							sku: 'TS-M',
							price: 450,
							quantity: 2,
							unit_type: 'pcs',
							comment: 'Gift',
							picture: 'https://img.shop.ua/ts.jpg',
							properties: { property: [{ name: 'Color', value: 'Black' }] },
							adjustments: { discount_amount: 50, purchased_price: 200 },
						},
					],
				},
				payments: {
					payment: [{ payment_method_id: 2, amount: 850, status: 'paid', description: 'Prepaid', payment_date: '2024-05-01T10:00:00' }],
				},
				shipping: {
					delivery_service_id: 1,
					warehouse_ref: '1ec09d2e-e1c2-11e3-8c4a-0050568002cf',
					shipping_address_city: 'Kyiv',
					shipping_address_country: 'Ukraine',
					shipping_address_region: 'Kyivska',
					shipping_address_zip: '01001',
					shipping_receive_point: 'Warehouse #12',
					shipping_secondary_line: 'Apt 5',
					recipient_full_name: 'Ivan Koval',
					recipient_phone: '+380671112233',
					shipping_service: 'Nova Poshta',
					tracking_code: '20450000000001',
					shipping_date: '2024-05-03T00:00:00',
				},
				marketing: { utm_source: 'telegram', utm_medium: 'bot', utm_campaign: 'may', utm_term: 'tshirt', utm_content: 'ad-1' },
				customFields: {
					field: [
						{ uuid: 'OR_1001', value: 'Happy birthday' },
						{ uuid: 'OR_1002', value: 'Box, Ribbon' },
					],
				},
				additionalFields: {
					source_uuid: 'BOT-77',
					manager_id: 1,
					buyer_comment: 'Call first',
					manager_comment: 'VIP',
					promocode: 'MAY10',
					discount_amount: 10,
					discount_percent: 5,
					shipping_price: 60,
					wrap_price: 15,
					taxes: 12.5,
					gift_message: 'Love you',
					is_gift: true,
					gift_wrap: true,
					ordered_at: '2024-05-01T09:58:00+03:00',
				},
			}),
			// Dates without an offset are read in the workflow's time zone, as everywhere in the package.
			{ timezone: 'Europe/Kyiv' },
		);
		expect(error).toBeUndefined();

		expect(keycrm.sandbox.journal.map((entry) => `${entry.method} ${entry.path}`)).toEqual(['GET /custom-fields', 'POST /order']);
		expect(keycrm.sandbox.journal[0].query).toEqual({ 'filter[model]': 'order' });
		const [sent] = keycrm.sandbox.requests('POST', '/order');
		expect(sent.headers['content-type']).toContain('application/json');
		expect(sent.headers.accept).toBe('application/json');
		expect(sent.headers.authorization).toBe('Bearer keycrm-sandbox-key-3f9c');
		expect(sent.body).toEqual({
			source_id: 2,
			source_uuid: 'BOT-77',
			manager_id: 1,
			buyer_comment: 'Call first',
			manager_comment: 'VIP',
			promocode: 'MAY10',
			discount_amount: 10,
			discount_percent: 5,
			shipping_price: 60,
			wrap_price: 15,
			taxes: 12.5,
			gift_message: 'Love you',
			is_gift: true,
			gift_wrap: true,
			ordered_at: '2024-05-01 06:58:00',
			buyer: { full_name: 'Anna Koval', email: 'anna@shop.ua', phone: '+380501234567' },
			shipping: {
				delivery_service_id: 1,
				warehouse_ref: '1ec09d2e-e1c2-11e3-8c4a-0050568002cf',
				shipping_address_city: 'Kyiv',
				shipping_address_country: 'Ukraine',
				shipping_address_region: 'Kyivska',
				shipping_address_zip: '01001',
				shipping_receive_point: 'Warehouse #12',
				shipping_secondary_line: 'Apt 5',
				recipient_full_name: 'Ivan Koval',
				recipient_phone: '+380671112233',
				shipping_service: 'Nova Poshta',
				tracking_code: '20450000000001',
				shipping_date: '2024-05-03',
			},
			marketing: { utm_source: 'telegram', utm_medium: 'bot', utm_campaign: 'may', utm_term: 'tshirt', utm_content: 'ad-1' },
			products: [
				{
					name: 'T-shirt',
					sku: 'TS-M',
					price: 450,
					quantity: 2,
					unit_type: 'pcs',
					comment: 'Gift',
					picture: 'https://img.shop.ua/ts.jpg',
					discount_amount: 50,
					purchased_price: 200,
					properties: [{ name: 'Color', value: 'Black' }],
				},
			],
			payments: [{ payment_method_id: 2, amount: 850, status: 'paid', description: 'Prepaid', payment_date: '2024-05-01 07:00:00' }],
			custom_fields: [
				{ uuid: 'OR_1001', value: 'Happy birthday' },
				{ uuid: 'OR_1002', value: ['Box', 'Ribbon'] },
			],
		});

		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 1, source_id: 2, grand_total: 877.5, payment_status: 'part_paid' });
		expect(keycrm.store.orders).toHaveLength(1);
	});

	it('sends a minimal order without empty sections and without a custom-field lookup', async () => {
		const { items, error } = await runKeyCrm(keycrm, createOrder({ sourceId: 1, buyerPhone: '+380501234567' }));
		expect(error).toBeUndefined();
		expect(keycrm.sandbox.journal).toHaveLength(1);
		expect(keycrm.sandbox.requests('POST', '/order')[0].body).toEqual({ source_id: 1, buyer: { phone: '+380501234567' } });
		expect(items[0].json.id).toBe(1);
	});

	it('looks the custom field types up once per run, not once per item, also with parallel requests', async () => {
		const { items, error } = await runKeyCrm(
			keycrm,
			createOrder({
				sourceId: 1,
				buyerFullName: '={{ $json.name }}',
				customFields: { field: [{ uuid: 'OR_1002', value: '={{ $json.pack }}' }] },
				requestOptions: { parallelRequests: 3 },
			}),
			{ items: [{ name: 'A', pack: 'Box' }, { name: 'B', pack: 'Card,Ribbon' }, { name: 'C', pack: '' }] },
		);
		expect(error).toBeUndefined();
		// Output keeps input order whatever order the parallel requests finished in.
		const buyerOf = (id: unknown) => (keycrm.store.orders.find((order) => order.id === id)?.buyer as IDataObject).full_name;
		expect(items.map((item) => buyerOf(item.json.id))).toEqual(['A', 'B', 'C']);
		expect(keycrm.sandbox.requests('GET', '/custom-fields')).toHaveLength(1);
		const sent = keycrm.sandbox.requests('POST', '/order').map((entry) => entry.body as IDataObject);
		expect(sent.sort((a, b) => String((a.buyer as IDataObject).full_name).localeCompare(String((b.buyer as IDataObject).full_name))).map((body) => body.custom_fields)).toEqual([
			[{ uuid: 'OR_1002', value: ['Box'] }],
			[{ uuid: 'OR_1002', value: ['Card', 'Ribbon'] }],
			[{ uuid: 'OR_1002', value: [] }],
		]);
	});

	it('Products (JSON List) adds a cart of any length to the form’s products', async () => {
		const { error } = await runKeyCrm(
			keycrm,
			createOrder({
				sourceId: 2,
				buyerPhone: '+380671234567',
				products: { product: [{ name: 'Gift box', price: 50, quantity: 1 }] },
				additionalFields: {
					productList: '={{ $json.goods.map(good => ({ sku: good.article, name: good.title, price: good.price, quantity: good.count })) }}',
				},
			}),
			{ items: [{ goods: [{ article: 'TEA', title: 'Tea', price: 320, count: 2 }, { article: 'CUP', title: 'Cup', price: 150, count: 1 }] }] },
		);
		expect(error).toBeUndefined();
		expect((keycrm.sandbox.requests('POST', '/order')[0].body as IDataObject).products).toEqual([
			{ name: 'Gift box', price: 50, quantity: 1 },
			{ sku: 'TEA', name: 'Tea', price: 320, quantity: 2 },
			{ sku: 'CUP', name: 'Cup', price: 150, quantity: 1 },
		]);

		keycrm.sandbox.journal.length = 0;
		const bad = await runKeyCrm(keycrm, createOrder({ sourceId: 2, buyerPhone: '+380', additionalFields: { productList: '{"sku": "A"}' } }));
		expect(bad.error?.message).toContain('Products (JSON List) must be a list of product objects');
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});

	it('a list field takes a JSON list when a choice contains a comma', async () => {
		keycrm.store.orderDictionaries.customFields[1].options = [{ id: 9, field_id: 12, value: 'Box, large' }, { id: 10, field_id: 12, value: 'Card' }];
		const { error } = await runKeyCrm(
			keycrm,
			createOrder({ sourceId: 1, buyerFullName: 'Anna', customFields: { field: [{ uuid: 'OR_1002', value: '["Box, large", "Card"]' }] } }),
		);
		expect(error).toBeUndefined();
		expect((keycrm.sandbox.requests('POST', '/order')[0].body as IDataObject).custom_fields).toEqual([
			{ uuid: 'OR_1002', value: ['Box, large', 'Card'] },
		]);
	});

	it('JSON mode sends the body as written, after the same checks', async () => {
		const body = { source_id: 3, buyer: { email: 'max@shop.ua' }, products: [{ sku: 'A-1', price: 10, quantity: 3 }] };
		const { items, error } = await runKeyCrm(keycrm, createOrder({ inputMode: 'json', jsonBody: JSON.stringify(body) }));
		expect(error).toBeUndefined();
		expect(keycrm.sandbox.requests('POST', '/order')[0].body).toEqual(body);
		expect(items[0].json).toMatchObject({ id: 1, source_id: 3, grand_total: 30 });

		keycrm.sandbox.journal.length = 0;
		const bad = await runKeyCrm(keycrm, createOrder({ inputMode: 'json', jsonBody: '{"source_id": 1, "buyer": {}}' }));
		expect(bad.error?.message).toBe('The buyer needs at least one of: full name, email, phone');
		const broken = await runKeyCrm(keycrm, createOrder({ inputMode: 'json', jsonBody: '{"source_id": 1,' }));
		expect(broken.error?.message).toBe('The JSON body is not valid JSON');
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});
});
