import { useKeyCrmSandbox } from '../support/sandboxes';
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
