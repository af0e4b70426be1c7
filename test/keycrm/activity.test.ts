import { onlyRequest, runKeyCrm } from './catalogHarness';
import { useKeyCrmSandbox } from '../support/sandboxes';

describe('KeyCRM external transactions, calls and users', () => {
	const keycrm = useKeyCrmSandbox();

	it('lists free transactions of a payment service', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'externalTransaction', operation: 'getAll', returnAll: true, filters: { gatewayId: ['1'], isAttached: false } });
		expect(onlyRequest(keycrm)).toMatchObject({ method: 'GET', path: '/payments/external-transactions', query: { 'filter[gateway_id]': '1', 'filter[is_attached]': 'false' } });
		expect(json.map((transaction) => transaction.uuid)).toEqual(['tx-aaa']);
	});

	it('attaches a transaction to a payment by its external ID', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'externalTransaction', operation: 'attachToPayment', paymentId: 7, findBy: 'uuid', transactionUuid: ' tx-aaa ' });
		expect(onlyRequest(keycrm)).toEqual({ method: 'POST', path: '/payments/7/external-transactions', query: {}, body: { transaction_uuid: 'tx-aaa' } });
		expect(json[0]).toMatchObject({ id: 7, status: 'paid' });
	});

	it('attaches by KeyCRM ID and shows the 422 of an attached one', async () => {
		const { error } = await runKeyCrm(keycrm, { resource: 'externalTransaction', operation: 'attachToPayment', paymentId: 7, findBy: 'id', transactionId: 2 });
		expect(onlyRequest(keycrm).body).toEqual({ transaction_id: 2 });
		expect(error?.httpCode).toBe('422');
		expect(error?.message).toBe('The transaction is already attached to a payment.');
	});

	it('lists incoming calls of a manager with the buyer', async () => {
		const { json } = await runKeyCrm(keycrm, {
			resource: 'call',
			operation: 'getAll',
			returnAll: true,
			filters: { managerId: [1], type: 'incoming', createdBetween: { range: { from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z' } } },
			include: ['client'],
		});
		expect(onlyRequest(keycrm).query).toEqual({
			'filter[manager_id]': '1',
			'filter[type]': 'incoming',
			'filter[created_between]': '2026-11-01 00:00:00, 2026-11-02 00:00:00',
			include: 'client',
			limit: '50',
			page: '1',
		});
		expect(json).toEqual([expect.objectContaining({ id: 1, client: expect.objectContaining({ full_name: 'Maria Koval' }) })]);
	});

	it('lists active users', async () => {
		keycrm.store.users.push({ id: 3, full_name: 'Blocked Person', email: 'gone@shop.test', role_id: 2, status: 'blocked' });
		const { json } = await runKeyCrm(keycrm, { resource: 'user', operation: 'getAll', returnAll: true, filters: { status: 'active', roleId: ['1', '2'] } });
		expect(onlyRequest(keycrm).query).toEqual({ 'filter[role_id]': '1,2', 'filter[status]': 'active', limit: '50', page: '1' });
		expect(json.map((user) => user.id)).toEqual([1, 2]);
	});
});
