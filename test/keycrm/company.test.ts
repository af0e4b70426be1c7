import { onlyRequest, runKeyCrm } from './catalogHarness';
import { useKeyCrmSandbox } from '../support/sandboxes';

describe('KeyCRM companies', () => {
	const keycrm = useKeyCrmSandbox();

	it('creates a company from the form', async () => {
		const { json } = await runKeyCrm(keycrm, {
			resource: 'company',
			operation: 'create',
			name: 'Bondar & Sons',
			additionalFields: { title: 'Bondar and Sons LLC', managerId: 1, buyerId: ['2'], customFields: { entry: [{ uuid: 'CY_1108', value: 'B2B' }] } },
		});
		expect(onlyRequest(keycrm)).toEqual({
			method: 'POST',
			path: '/companies',
			query: {},
			body: { name: 'Bondar & Sons', title: 'Bondar and Sons LLC', manager_id: 1, buyer_id: [2], custom_fields: [{ uuid: 'CY_1108', value: 'B2B' }] },
		});
		expect(json[0]).toMatchObject({ id: 2, name: 'Bondar & Sons' });
	});

	it('gets a company with its manager', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'company', operation: 'get', companyId: 1, include: ['manager'] });
		expect(onlyRequest(keycrm)).toEqual({ method: 'GET', path: '/companies/1', query: { include: 'manager' }, body: undefined });
		expect(json[0]).toMatchObject({ id: 1, name: 'Koval LLC', manager: { id: 1, full_name: 'Olena Manager' } });
	});

	it('updates a company from a JSON body', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'company', operation: 'update', companyId: 1, inputMode: 'json', jsonBody: '{"name":"Koval Group","notes":"Renamed"}' });
		expect(onlyRequest(keycrm)).toEqual({ method: 'PUT', path: '/companies/1', query: {}, body: { name: 'Koval Group', notes: 'Renamed' } });
		expect(json[0]).toMatchObject({ id: 1, name: 'Koval Group', notes: 'Renamed' });
	});

	it('refuses a JSON body that is not an object', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'company', operation: 'update', companyId: 1, inputMode: 'json', jsonBody: '[1, 2]' }, { continueOnFail: true });
		expect(json[0].error).toContain('JSON Body must be a JSON object');
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});

	it('lists companies with filters', async () => {
		const { json } = await runKeyCrm(keycrm, {
			resource: 'company',
			operation: 'getAll',
			returnAll: false,
			limit: 10,
			filters: { companyId: ['1', '5'], updatedBetween: { range: { from: '2026-10-01T00:00:00Z' } } },
			include: ['custom_fields'],
		});
		expect(onlyRequest(keycrm)).toMatchObject({
			method: 'GET',
			path: '/companies',
			query: { 'filter[company_id]': '1,5', 'filter[updated_between]': '2026-10-01 00:00:00, 9999-12-31 23:59:59', include: 'custom_fields', limit: '10', page: '1' },
		});
		expect(json.map((company) => company.id)).toEqual([1]);
	});
});
