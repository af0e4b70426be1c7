import type { IDataObject } from 'n8n-workflow';

import { useKeyCrmSandbox } from '../support/sandboxes';
import { jsonOf, runKeyCrm } from './orderSupport';

const DICTIONARIES: Array<[string, string, string[]]> = [
	['getDeliveryServices', '/order/delivery-service', ['Nova Poshta', 'Ukrposhta', 'Courier']],
	['getExpenseTypes', '/order/expense-type', ['Delivery', 'Packing']],
	['getPaymentMethods', '/order/payment-method', ['Cash on delivery', 'Apple Pay', 'Bank card']],
	['getProductStatuses', '/order/product-status', ['Reserved', 'Packed']],
	['getSources', '/order/source', ['Website', 'Telegram Bot', 'Instagram']],
	['getStatuses', '/order/status', ['New', 'Confirmed', 'Shipped', 'Completed']],
	['getTags', '/order/tag', ['VIP', 'Wholesale', 'Bot order']],
];

describe('KeyCRM Order Dictionary', () => {
	const keycrm = useKeyCrmSandbox();

	it.each(DICTIONARIES)('%s lists %s with pages of 50', async (operation, path, names) => {
		const { items, error } = await runKeyCrm(keycrm, { resource: 'orderDictionary', operation, returnAll: true });
		expect(error).toBeUndefined();
		expect(jsonOf(items).map((json) => json.name)).toEqual(names);
		expect(keycrm.sandbox.journal.map((entry) => [entry.method, entry.path, entry.query])).toEqual([
			['GET', path, { limit: '50', page: '1' }],
		]);
	});

	it('follows the paginator to the last page and honours sort and limit', async () => {
		const tags = keycrm.store.orderDictionaries.tags;
		for (let id = 4; id <= 60; id++) tags.push({ id, name: `Tag ${id}`, alias: `tag_${id}`, color: '#000000' });
		const all = await runKeyCrm(keycrm, {
			resource: 'orderDictionary',
			operation: 'getTags',
			returnAll: true,
			sort: { value: { field: 'id', direction: 'desc' } },
		});
		expect(all.items).toHaveLength(60);
		expect(all.items[0].json.id).toBe(60);
		expect(keycrm.sandbox.journal.map((entry) => entry.query)).toEqual([
			{ sort: '-id', limit: '50', page: '1' },
			{ sort: '-id', limit: '50', page: '2' },
		]);

		keycrm.sandbox.journal.length = 0;
		const some = await runKeyCrm(keycrm, { resource: 'orderDictionary', operation: 'getTags', limit: 5 });
		expect(jsonOf(some.items).map((json) => json.id)).toEqual([1, 2, 3, 4, 5]);
		expect(keycrm.sandbox.journal.map((entry) => entry.query)).toEqual([{ limit: '5', page: '1' }]);
	});
});

describe('KeyCRM Custom Field → Get Many', () => {
	const keycrm = useKeyCrmSandbox();

	it('lists the fields of the chosen models with list choices, sorted by position', async () => {
		const { items, error } = await runKeyCrm(keycrm, {
			resource: 'customField',
			operation: 'getAll',
			returnAll: true,
			models: ['order', 'client'],
			sort: { value: { field: 'position', direction: 'asc' } },
		});
		expect(error).toBeUndefined();
		expect(keycrm.sandbox.journal.map((entry) => [entry.path, entry.query])).toEqual([
			['/custom-fields', { 'filter[model]': 'order,client', include: 'options', sort: 'position' }],
		]);
		expect(jsonOf(items).map((json) => json.uuid)).toEqual(['OR_1002', 'CT_2001', 'OR_1001', 'OR_1003', 'OR_1037']);
		const packaging = items[0].json;
		expect((packaging.options as IDataObject[]).map((option) => option.value)).toEqual(['Box', 'Ribbon', 'Card']);
	});

	it('without models, choices or sort it asks for everything; Limit trims the one answer', async () => {
		const { items } = await runKeyCrm(keycrm, { resource: 'customField', operation: 'getAll', includeOptions: false, limit: 2 });
		expect(keycrm.sandbox.journal[0].query).toEqual({});
		expect(items).toHaveLength(2);
		expect(items[0].json.options).toBeUndefined();
	});
});
