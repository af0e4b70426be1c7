import { dropdown } from './catalogHarness';
import { useKeyCrmSandbox } from '../support/sandboxes';

describe('KeyCRM catalog dropdowns', () => {
	const keycrm = useKeyCrmSandbox();

	it('lists the pipelines of the account', async () => {
		expect(await dropdown(keycrm, 'getPipelines')).toEqual([
			{ name: 'Repairs', value: 2 },
			{ name: 'Wholesale leads', value: 1 },
		]);
	});

	it('lists the statuses of the chosen pipeline', async () => {
		expect(await dropdown(keycrm, 'getPipelineStatuses', { pipelineId: 2 })).toEqual([
			{ name: 'Received', value: 4 },
			{ name: 'Done', value: 5 },
		]);
		expect(keycrm.sandbox.journal.map((entry) => entry.path)).toEqual(['/pipelines/2/statuses']);
	});

	it('follows the pipeline chosen inside Update Fields', async () => {
		const options = await dropdown(keycrm, 'getPipelineStatuses', { updateFields: { pipelineId: 1 } });
		expect(options.map((option) => option.name)).toEqual(['New', 'Negotiation', 'Won']);
	});

	it('names every status with its pipeline when no single pipeline is chosen', async () => {
		const options = await dropdown(keycrm, 'getPipelineStatuses', { filters: { pipelineId: [] } });
		expect(options).toEqual([
			{ name: 'Wholesale leads › New', value: 1 },
			{ name: 'Wholesale leads › Negotiation', value: 2 },
			{ name: 'Wholesale leads › Won', value: 3 },
			{ name: 'Repairs › Received', value: 4 },
			{ name: 'Repairs › Done', value: 5 },
		]);
	});

	it('lists product categories with their parents', async () => {
		expect(await dropdown(keycrm, 'getProductCategories')).toEqual([
			{ name: 'Bags', value: 3 },
			{ name: 'Shoes', value: 1 },
			{ name: 'Shoes › Sneakers', value: 2 },
		]);
	});

	it('lists users, marking those not active', async () => {
		keycrm.store.users.push({ id: 3, full_name: 'Andrii Blocked', email: 'andrii@shop.test', status: 'blocked' });
		expect(await dropdown(keycrm, 'getUsers')).toEqual([
			{ name: 'Andrii Blocked (blocked)', value: 3, description: 'andrii@shop.test' },
			{ name: 'Ivan Sales', value: 2, description: 'ivan@shop.test' },
			{ name: 'Olena Manager', value: 1, description: 'olena@shop.test' },
		]);
	});

	it('reads every page of users for the dropdown (62 users: 2 requests)', async () => {
		for (let id = 3; id <= 62; id++) keycrm.store.users.push({ id, full_name: `User ${String(id).padStart(2, '0')}`, status: 'active' });
		const options = await dropdown(keycrm, 'getUsers');
		expect(options).toHaveLength(62);
		expect(keycrm.sandbox.requests('GET', '/users').map((entry) => entry.query)).toEqual([
			{ limit: '50', page: '1' },
			{ limit: '50', page: '2' },
		]);
	});

	it('lists custom fields of buyers, products and cards by uuid', async () => {
		expect(await dropdown(keycrm, 'getClientCustomFields')).toEqual([expect.objectContaining({ value: 'CT_2001' })]);
		expect(await dropdown(keycrm, 'getProductCustomFields')).toEqual([expect.objectContaining({ value: 'CT_1001' })]);
		expect(await dropdown(keycrm, 'getLeadCustomFields')).toEqual([expect.objectContaining({ value: 'LD_1021' })]);
		expect(keycrm.sandbox.journal.map((entry) => entry.query['filter[model]'])).toEqual(['client', 'crm_product', 'lead']);
	});
});
