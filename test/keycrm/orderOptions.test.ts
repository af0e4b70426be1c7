import type { INodePropertyOptions } from 'n8n-workflow';

import { loadOptions } from '../../harness/engine/engine';
import { useKeyCrmSandbox } from '../support/sandboxes';
import { keyCrmCredentials } from '../../sandboxes/credentials';

describe('KeyCRM order dropdowns show the account’s values', () => {
	const keycrm = useKeyCrmSandbox();
	const load = async (method: string) =>
		(await loadOptions({ type: 'keyCrm', method, credentials: keyCrmCredentials(keycrm.sandbox) })) as INodePropertyOptions[];

	it.each([
		['getSources', '/order/source', [['Website', 1], ['Telegram Bot', 2], ['Instagram', 3]]],
		['getOrderStatuses', '/order/status', [['New', 1], ['Confirmed', 2], ['Shipped', 3], ['Completed', 4]]],
		['getPaymentMethods', '/order/payment-method', [['Cash on delivery', 1], ['Apple Pay', 2], ['Bank card', 3]]],
		['getDeliveryServices', '/order/delivery-service', [['Nova Poshta', 1], ['Ukrposhta', 2], ['Courier', 3]]],
		['getTags', '/order/tag', [['VIP', 1], ['Wholesale', 2], ['Bot order', 3]]],
		['getExpenseTypes', '/order/expense-type', [['Delivery', 1], ['Packing', 2]]],
		['getProductStatuses', '/order/product-status', [['Reserved', 1], ['Packed', 2]]],
		['getUsers', '/users', [['Ivan Sales', 2], ['Olena Manager', 1]]],
	])('%s reads %s', async (method, path, expected) => {
		const options = await load(method);
		expect(options.map((option) => [option.name, option.value])).toEqual(expected);
		expect(keycrm.sandbox.journal.map((entry) => [entry.path, entry.query])).toEqual([[path, { limit: '50', page: '1' }]]);
	});

	it('reads every page, not only the first', async () => {
		const sources = keycrm.store.orderDictionaries.sources;
		for (let id = 4; id <= 120; id++) sources.push({ id, name: `Shop ${id}`, alias: `shop_${id}` });
		const options = await load('getSources');
		expect(options).toHaveLength(120);
		expect(options[119]).toMatchObject({ name: 'Shop 120', value: 120 });
		expect(keycrm.sandbox.journal.map((entry) => entry.query.page)).toEqual(['1', '2', '3']);
	});

	it.each([
		['getOrderCustomFields', 'order', ['OR_1001', 'OR_1002', 'OR_1003', 'OR_1037']],
		['getLeadCustomFields', 'lead', ['LD_1021']],
		['getClientCustomFields', 'client', ['CT_2001']],
		['getProductCustomFields', 'crm_product', ['CT_1001']],
	])('%s lists the %s fields by UUID', async (method, model, uuids) => {
		const options = await load(method);
		expect(options.map((option) => option.value)).toEqual(uuids);
		expect(keycrm.sandbox.journal[0].query).toEqual({ 'filter[model]': model });
	});

	it('marks list fields so the user knows to give several values', async () => {
		const options = await load('getOrderCustomFields');
		expect(options.find((option) => option.value === 'OR_1002')).toEqual({
			name: 'Packaging (list)',
			value: 'OR_1002',
			description: 'OR_1002: list field, separate several values with commas',
		});
		expect(options.find((option) => option.value === 'OR_1001')?.name).toBe('Gift note');
	});

	it('a bad API key surfaces KeyCRM’s message', async () => {
		await expect(
			loadOptions({ type: 'keyCrm', method: 'getSources', credentials: keyCrmCredentials(keycrm.sandbox, 'bad') }),
		).rejects.toThrow('Unauthenticated.');
	});
});
