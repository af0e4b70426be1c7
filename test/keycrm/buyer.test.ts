import { runKeyCrm, onlyRequest } from './catalogHarness';
import { useKeyCrmSandbox } from '../support/sandboxes';

describe('KeyCRM buyers', () => {
	const keycrm = useKeyCrmSandbox();

	it('creates a buyer from the form', async () => {
		const { json, error } = await runKeyCrm(keycrm, {
			resource: 'buyer',
			operation: 'create',
			fullName: 'Anna Shevchenko',
			additionalFields: {
				email: ['anna@example.com'],
				phone: ['+380931112233', '+380501234567'],
				birthday: '1992-03-08T00:00:00',
				discount: 7,
				managerId: 2,
				shipping: { entry: [{ city: 'Lviv', address: 'Rynok 1', zipCode: '79000' }] },
				customFields: { entry: [{ uuid: 'CT_2001', value: 'Gold' }, { uuid: 'CT_2002', value: "={{ ['Red', 'Blue'] }}" }] },
			},
		});
		expect(error).toBeUndefined();
		expect(onlyRequest(keycrm)).toEqual({
			method: 'POST',
			path: '/buyer',
			query: {},
			body: {
				full_name: 'Anna Shevchenko',
				email: ['anna@example.com'],
				phone: ['+380931112233', '+380501234567'],
				birthday: '1992-03-08',
				discount: 7,
				manager_id: 2,
				shipping: [{ city: 'Lviv', address: 'Rynok 1', zip_code: '79000' }],
				custom_fields: [
					{ uuid: 'CT_2001', value: 'Gold' },
					{ uuid: 'CT_2002', value: ['Red', 'Blue'] },
				],
			},
		});
		expect(json).toHaveLength(1);
		expect(json[0]).toMatchObject({ id: 3, full_name: 'Anna Shevchenko' });
		expect(keycrm.catalog.data.buyers).toHaveLength(3);
	});

	it('refuses a malformed email before sending anything', async () => {
		const { error, json } = await runKeyCrm(
			keycrm,
			{ resource: 'buyer', operation: 'create', fullName: 'Anna', additionalFields: { email: ['anna@example.com', 'anna(at)example'] } },
			{ continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(json[0].error).toBe('Buyer: "anna(at)example" is not a valid email address');
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});

	it('creates a buyer from a JSON body', async () => {
		const body = { full_name: 'Json Buyer', phone: ['+380991234567'], note: 'from JSON' };
		const { json } = await runKeyCrm(keycrm, { resource: 'buyer', operation: 'create', inputMode: 'json', jsonBody: JSON.stringify(body) });
		expect(onlyRequest(keycrm)).toMatchObject({ method: 'POST', path: '/buyer', body });
		expect(json[0]).toMatchObject({ id: 3, full_name: 'Json Buyer' });
	});

	it('gets a buyer with related records', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'buyer', operation: 'get', buyerId: 1, include: ['manager', 'company'] });
		expect(onlyRequest(keycrm)).toEqual({ method: 'GET', path: '/buyer/1', query: { include: 'manager,company' }, body: undefined });
		expect(json[0]).toMatchObject({ id: 1, full_name: 'Maria Koval', manager: { id: 1 }, company: { name: 'Koval LLC' } });
	});

	it('asks for the buyer ID instead of sending /buyer/0', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'buyer', operation: 'get', buyerId: 0 }, { continueOnFail: true });
		expect(json[0].error).toBe('Set the Buyer ID');
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});

	it('reports a missing buyer with KeyCRM words', async () => {
		const { error } = await runKeyCrm(keycrm, { resource: 'buyer', operation: 'get', buyerId: 404 });
		expect(error?.message).toBe('Buyer not found');
		expect(error?.httpCode).toBe('404');
	});

	it('updates a buyer', async () => {
		const { json } = await runKeyCrm(keycrm, {
			resource: 'buyer',
			operation: 'update',
			buyerId: 2,
			fullName: 'Petro Bondarenko',
			additionalFields: { note: 'VIP', companyId: 1 },
		});
		expect(onlyRequest(keycrm)).toEqual({
			method: 'PUT',
			path: '/buyer/2',
			query: {},
			body: { full_name: 'Petro Bondarenko', note: 'VIP', company_id: 1 },
		});
		expect(json[0]).toMatchObject({ id: 2, full_name: 'Petro Bondarenko', note: 'VIP', company_id: 1 });
	});

	it('lists buyers with filters and include', async () => {
		const { json } = await runKeyCrm(keycrm, {
			resource: 'buyer',
			operation: 'getAll',
			returnAll: true,
			filters: {
				buyerEmail: ['petro@example.com', 'nobody@example.com'],
				createdBetween: { range: { from: '2026-11-05T00:00:00', to: '2026-11-05T23:59:59' } },
			},
			include: ['shipping'],
		});
		expect(onlyRequest(keycrm)).toMatchObject({
			method: 'GET',
			path: '/buyer',
			query: {
				'filter[buyer_email]': 'petro@example.com,nobody@example.com',
				// The picker's times are the workflow's (America/New_York by default); KeyCRM wants UTC.
				'filter[created_between]': '2026-11-05 05:00:00, 2026-11-06 04:59:59',
				include: 'shipping',
				limit: '50',
				page: '1',
			},
		});
		expect(json.map((buyer) => buyer.id)).toEqual([2]);
	});

	it('follows the paginator for Return All (120 buyers: 3 requests of 50)', async () => {
		keycrm.catalog.seedBuyers(118);
		const { json } = await runKeyCrm(keycrm, { resource: 'buyer', operation: 'getAll', returnAll: true });
		expect(json).toHaveLength(120);
		expect(keycrm.sandbox.requests('GET', '/buyer').map((entry) => entry.query.page)).toEqual(['1', '2', '3']);
		expect(new Set(json.map((buyer) => buyer.id)).size).toBe(120);
	});

	it('stops at the limit with one request', async () => {
		keycrm.catalog.seedBuyers(40);
		const { json } = await runKeyCrm(keycrm, { resource: 'buyer', operation: 'getAll', returnAll: false, limit: 7 });
		expect(json).toHaveLength(7);
		expect(onlyRequest(keycrm).query).toEqual({ limit: '7', page: '1' });
	});

	it('imports buyers from the form in one request', async () => {
		const { json } = await runKeyCrm(keycrm, {
			resource: 'buyer',
			operation: 'import',
			buyers: {
				entry: [
					{ fullName: 'First Buyer', additionalFields: { email: ['first@example.com'] } },
					{ fullName: 'Second Buyer', additionalFields: { phone: ['+380501110000'] } },
				],
			},
		});
		expect(onlyRequest(keycrm)).toEqual({
			method: 'POST',
			path: '/buyer/import',
			query: {},
			body: { buyers: [{ full_name: 'First Buyer', email: ['first@example.com'] }, { full_name: 'Second Buyer', phone: ['+380501110000'] }] },
		});
		expect(json[0]).toEqual({ status: true });
		expect(keycrm.catalog.data.buyers.map((buyer) => buyer.full_name)).toContain('Second Buyer');
	});

	it('names the bad buyer of an import', async () => {
		const { json } = await runKeyCrm(
			keycrm,
			{ resource: 'buyer', operation: 'import', inputMode: 'json', jsonBody: '{"buyers":[{"full_name":"Ok"},{"full_name":"Bad","email":["bad@"]}]}' },
			{ continueOnFail: true },
		);
		expect(json[0].error).toBe('Buyer 2: "bad@" is not a valid email address');
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});

	it('shows the 422 of KeyCRM field by field', async () => {
		keycrm.sandbox.injectFault({ fault: { kind: 'status', status: 422, body: { message: 'The full name field is required.', errors: { full_name: ['The full name field is required.'] } } } });
		const { error } = await runKeyCrm(keycrm, { resource: 'buyer', operation: 'create', fullName: 'X' });
		expect(error?.message).toBe('The full name field is required.');
		expect(error?.description).toContain('full_name: The full name field is required.');
	});

	it('fails with 401 on a wrong key', async () => {
		const { error } = await runKeyCrm(keycrm, { resource: 'buyer', operation: 'get', buyerId: 1 }, { apiKey: 'wrong-key-1234' });
		expect(error?.httpCode).toBe('401');
		expect(error?.message).toBe('Unauthenticated.');
	});
});
