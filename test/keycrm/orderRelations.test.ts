import type { IDataObject } from 'n8n-workflow';

import { useKeyCrmSandbox } from '../support/sandboxes';
import { runKeyCrm } from './orderSupport';

const sentOf = (entry: { method: string; path: string; body: unknown }) => ({ method: entry.method, path: entry.path, body: entry.body });

describe('KeyCRM Order → payments and expenses', () => {
	const keycrm = useKeyCrmSandbox();
	beforeEach(() => keycrm.store.seedOrders(1));

	it('Add Payment sends method, amount, status, note and date', async () => {
		const { items, error } = await runKeyCrm(keycrm, {
			resource: 'order',
			operation: 'addPayment',
			orderId: 1,
			payment_method_id: 3,
			amount: 100,
			status: 'not_paid',
			description: 'Second half',
			payment_date: '2024-05-02T12:30:00',
		}, { timezone: 'Europe/Kyiv' });
		expect(error).toBeUndefined();
		expect(keycrm.sandbox.journal.map(sentOf)).toEqual([
			{
				method: 'POST',
				path: '/order/1/payment',
				body: { payment_method_id: 3, amount: 100, status: 'not_paid', description: 'Second half', payment_date: '2024-05-02 09:30:00' },
			},
		]);
		expect(items[0].json).toMatchObject({ id: 1, amount: 100, status: 'not_paid', payment_method: { name: 'Bank card' } });
	});

	it('Add Payment takes a method by name, and refuses a payment without any method before sending', async () => {
		await runKeyCrm(keycrm, { resource: 'order', operation: 'addPayment', orderId: 1, payment_method: 'Apple Pay', amount: 50 });
		expect(keycrm.sandbox.journal[0].body).toEqual({ payment_method: 'Apple Pay', amount: 50, status: 'paid' });

		keycrm.sandbox.journal.length = 0;
		const { error } = await runKeyCrm(keycrm, { resource: 'order', operation: 'addPayment', orderId: 1, amount: 50 });
		expect(error?.message).toBe('The payment needs a payment method (from the list or by name)');
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});

	it('Update Payment changes status and note', async () => {
		await runKeyCrm(keycrm, { resource: 'order', operation: 'addPayment', orderId: 1, payment_method_id: 1, amount: 100 });
		keycrm.sandbox.journal.length = 0;
		const { items, error } = await runKeyCrm(keycrm, {
			resource: 'order',
			operation: 'updatePayment',
			orderId: 1,
			paymentId: 1,
			updateFields: { status: 'canceled', description: 'Buyer refused' },
		});
		expect(error).toBeUndefined();
		expect(keycrm.sandbox.journal.map(sentOf)).toEqual([
			{ method: 'PUT', path: '/order/1/payment/1', body: { status: 'canceled', description: 'Buyer refused' } },
		]);
		expect(items[0].json).toMatchObject({ id: 1, status: 'canceled', description: 'Buyer refused' });
	});

	it('Update Payment of an unknown payment is KeyCRM’s 404', async () => {
		const { error } = await runKeyCrm(keycrm, {
			resource: 'order',
			operation: 'updatePayment',
			orderId: 1,
			paymentId: 9,
			updateFields: { status: 'paid' },
		});
		expect(error?.message).toBe('Payment not found');
		expect(error?.httpCode).toBe('404');
	});

	it('Add Expense and Update Expense (cancel)', async () => {
		const added = await runKeyCrm(keycrm, {
			resource: 'order',
			operation: 'addExpense',
			orderId: 1,
			expense_type_id: 2,
			amount: 25.5,
			description: 'Box',
			payment_date: '2024-05-02T08:00:00Z',
		});
		expect(added.error).toBeUndefined();
		expect(added.items[0].json).toMatchObject({ id: 1, amount: 25.5, expense_type: { name: 'Packing' } });
		const updated = await runKeyCrm(keycrm, {
			resource: 'order',
			operation: 'updateExpense',
			orderId: 1,
			expenseId: 1,
			updateFields: { cancel: true, description: 'Not needed' },
		});
		expect(updated.error).toBeUndefined();
		expect(keycrm.sandbox.journal.map(sentOf)).toEqual([
			{
				method: 'POST',
				path: '/order/1/expense',
				body: { expense_type_id: 2, amount: 25.5, description: 'Box', payment_date: '2024-05-02 08:00:00' },
			},
			{ method: 'PUT', path: '/order/1/expense/1', body: { status: 'canceled', description: 'Not needed' } },
		]);
		expect(updated.items[0].json).toMatchObject({ id: 1, status: 'canceled' });
	});

	it('Add Expense by type name; a missing type is refused before sending', async () => {
		await runKeyCrm(keycrm, { resource: 'order', operation: 'addExpense', orderId: 1, expense_type: 'Delivery', amount: 70 });
		expect(keycrm.sandbox.journal[0].body).toEqual({ expense_type: 'Delivery', amount: 70 });
		keycrm.sandbox.journal.length = 0;
		const { error } = await runKeyCrm(keycrm, { resource: 'order', operation: 'addExpense', orderId: 1, amount: 70 });
		expect(error?.message).toBe('The expense needs a type (from the list or by name)');
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});
});

describe('KeyCRM Order → tags and files', () => {
	const keycrm = useKeyCrmSandbox();
	beforeEach(() => keycrm.store.seedOrders(1));

	it('Attach Tag and Detach Tag', async () => {
		const attached = await runKeyCrm(keycrm, { resource: 'order', operation: 'attachTag', orderId: 1, tagId: 3 });
		expect(attached.items[0].json).toEqual({ success: true, orderId: 1, tagId: 3 });
		expect((keycrm.store.orders[0].tags as IDataObject[]).map((tag) => tag.name)).toEqual(['Bot order']);
		const detached = await runKeyCrm(keycrm, { resource: 'order', operation: 'detachTag', orderId: 1, tagId: 3 });
		expect(detached.items[0].json).toEqual({ success: true, orderId: 1, tagId: 3 });
		expect(keycrm.store.orders[0].tags).toEqual([]);
		expect(keycrm.sandbox.journal.map((entry) => `${entry.method} ${entry.path} ${entry.status} ${entry.rawBody}`)).toEqual([
			'POST /order/1/tag/3 202 ',
			'DELETE /order/1/tag/3 204 ',
		]);
	});

	it('an unknown tag is KeyCRM’s 404', async () => {
		const { error } = await runKeyCrm(keycrm, { resource: 'order', operation: 'attachTag', orderId: 1, tagId: 42 });
		expect(error?.message).toBe('Tag not found');
	});

	it('Attach File and Detach File', async () => {
		const attached = await runKeyCrm(keycrm, { resource: 'order', operation: 'attachFile', orderId: 1, fileId: 501 });
		expect(attached.items[0].json).toEqual({ success: true, orderId: 1, fileId: 501 });
		expect(keycrm.store.orders[0].attachments).toEqual([{ id: 501 }]);
		const detached = await runKeyCrm(keycrm, { resource: 'order', operation: 'detachFile', orderId: 1, fileId: 501 });
		expect(detached.items[0].json).toEqual({ success: true, orderId: 1, fileId: 501 });
		expect(keycrm.sandbox.journal.map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).toEqual([
			'POST /order/1/attachment/501 202',
			'DELETE /order/1/attachment/501 201',
		]);
		const again = await runKeyCrm(keycrm, { resource: 'order', operation: 'detachFile', orderId: 1, fileId: 501 });
		expect(again.error?.message).toBe('The file is not attached to the order.');
	});
});
