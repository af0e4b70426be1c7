import { onlyRequest, runKeyCrm } from './catalogHarness';
import { useKeyCrmSandbox } from '../support/sandboxes';

describe('KeyCRM pipelines and cards', () => {
	const keycrm = useKeyCrmSandbox();

	it('lists pipelines', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'pipeline', operation: 'getAll', returnAll: true });
		expect(onlyRequest(keycrm)).toEqual({ method: 'GET', path: '/pipelines', query: { limit: '50', page: '1' }, body: undefined });
		expect(json.map((pipeline) => pipeline.name)).toEqual(['Wholesale leads', 'Repairs']);
	});

	it('lists the statuses of a pipeline', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'pipeline', operation: 'getStatuses', pipelineId: 2, returnAll: false, limit: 5 });
		expect(onlyRequest(keycrm)).toEqual({ method: 'GET', path: '/pipelines/2/statuses', query: { limit: '5', page: '1' }, body: undefined });
		expect(json.map((status) => status.title)).toEqual(['Received', 'Done']);
	});

	it('creates a card with contact, products and a payment', async () => {
		const { json, error } = await runKeyCrm(keycrm, {
			resource: 'pipelineCard',
			operation: 'create',
			contact: { fullName: 'Iryna Melnyk', phone: '+380631234567', email: 'iryna@example.com' },
			pipelineId: 2,
			additionalFields: {
				title: 'Heel repair',
				managerId: 2,
				sourceId: 3,
				communicateAt: '2026-11-25T10:30:00Z',
				utmSource: 'instagram',
				products: { entry: [{ name: 'Heel fix', sku: 'SRV-1', price: 350, quantity: 2, unitType: '', picture: '' }] },
				payments: { entry: [{ amount: 200, additionalFields: { paymentMethodId: 1, status: 'paid', paymentDate: '2026-11-22T08:00:00Z' } }] },
				customFields: { entry: [{ uuid: 'LD_1021', value: '700' }] },
			},
		});
		expect(error).toBeUndefined();
		expect(onlyRequest(keycrm)).toEqual({
			method: 'POST',
			path: '/pipelines/cards',
			query: {},
			body: {
				title: 'Heel repair',
				manager_id: 2,
				source_id: 3,
				communicate_at: '2026-11-25 10:30:00',
				utm_source: 'instagram',
				pipeline_id: 2,
				products: [{ name: 'Heel fix', sku: 'SRV-1', price: 350, quantity: 2 }],
				payments: [{ amount: 200, payment_method_id: 1, status: 'paid', payment_date: '2026-11-22 08:00:00' }],
				custom_fields: [{ uuid: 'LD_1021', value: '700' }],
				contact: { full_name: 'Iryna Melnyk', phone: '+380631234567', email: 'iryna@example.com' },
			},
		});
		expect(json[0]).toMatchObject({ id: 3, title: 'Heel repair', pipeline_id: 2, status_id: 4 });
	});

	it('refuses a card without any contact detail, before sending', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'pipelineCard', operation: 'create', contact: {}, additionalFields: { title: 'Nobody' } }, { continueOnFail: true });
		expect(json[0].error).toBe('Contact: give a full name, an email, a phone or a buyer ID');
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});

	it('refuses a payment without a method, before sending', async () => {
		const { json } = await runKeyCrm(
			keycrm,
			{ resource: 'pipelineCard', operation: 'create', contact: { clientId: 1 }, additionalFields: { payments: { entry: [{ amount: 10, additionalFields: {} }] } } },
			{ continueOnFail: true },
		);
		expect(json[0].error).toBe('Payment 1: give the Payment Method ID or the Payment Method Name');
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});

	it('names the field of a date that is not a date', async () => {
		const { json } = await runKeyCrm(
			keycrm,
			{ resource: 'pipelineCard', operation: 'create', contact: { fullName: 'A' }, additionalFields: { communicateAt: 'tomorrow-ish' } },
			{ continueOnFail: true },
		);
		expect(json[0].error).toBe('Next Contact At: "tomorrow-ish" is not a date and time');
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});

	it('gets a card with its status and contact', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'pipelineCard', operation: 'get', cardId: 1, include: ['status', 'contact.client'] });
		expect(onlyRequest(keycrm)).toEqual({ method: 'GET', path: '/pipelines/cards/1', query: { include: 'status,contact.client' }, body: undefined });
		expect(json[0]).toMatchObject({ id: 1, status: { title: 'Negotiation' }, contact: { client: { full_name: 'Maria Koval' } } });
	});

	it('lists cards of a pipeline in chosen statuses', async () => {
		const { json } = await runKeyCrm(keycrm, {
			resource: 'pipelineCard',
			operation: 'getAll',
			returnAll: true,
			filters: { pipelineId: [1], statusId: [2, 3] },
			include: ['payments'],
		});
		expect(onlyRequest(keycrm).query).toEqual({ 'filter[pipeline_id]': '1', 'filter[status_id]': '2,3', include: 'payments', limit: '50', page: '1' });
		expect(json).toEqual([expect.objectContaining({ id: 1, payments: [expect.objectContaining({ amount: 500 })] })]);
	});

	it('moves a card to a status of another pipeline; the pipeline field is not sent', async () => {
		const { json } = await runKeyCrm(keycrm, {
			resource: 'pipelineCard',
			operation: 'update',
			cardId: 1,
			updateFields: { pipelineId: 2, statusId: 5, note: 'Handed to repairs', products: { entry: [{ name: 'Glue', sku: '', price: 40, quantity: 1, unitType: '', picture: '' }] } },
		});
		expect(onlyRequest(keycrm)).toEqual({
			method: 'PUT',
			path: '/pipelines/cards/1',
			query: {},
			body: { status_id: 5, note: 'Handed to repairs', products: [{ name: 'Glue', price: 40, quantity: 1 }] },
		});
		expect(json[0]).toEqual({ status: true });
		expect(keycrm.catalog.data.cards[0]).toMatchObject({ pipeline_id: 2, status_id: 5 });
	});

	it('adds a payment to a card', async () => {
		const { json } = await runKeyCrm(keycrm, {
			resource: 'pipelineCard',
			operation: 'addPayment',
			cardId: 2,
			amount: 150.5,
			additionalFields: { paymentMethod: 'Cash', status: 'not_paid', description: 'Deposit' },
		});
		expect(onlyRequest(keycrm)).toEqual({
			method: 'POST',
			path: '/pipelines/cards/2/payment',
			query: {},
			body: { amount: 150.5, payment_method: 'Cash', status: 'not_paid', description: 'Deposit' },
		});
		expect(json[0]).toMatchObject({ id: 2, amount: 150.5, status: 'not_paid' });
	});

	it('updates the status of a card payment', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'pipelineCard', operation: 'updatePayment', cardId: 1, paymentId: 1, updateFields: { status: 'canceled' } });
		expect(onlyRequest(keycrm)).toEqual({ method: 'PUT', path: '/pipelines/cards/1/payment/1', query: {}, body: { status: 'canceled' } });
		expect(json[0]).toMatchObject({ id: 1, status: 'canceled' });
	});

	it('attaches and detaches a stored file', async () => {
		const attached = await runKeyCrm(keycrm, { resource: 'pipelineCard', operation: 'attachFile', cardId: 2, fileId: 1 });
		expect(keycrm.sandbox.journal.map((entry) => `${entry.method} ${entry.path}`)).toEqual(['POST /pipelines/cards/2/attachment/1']);
		expect(attached.json[0]).toEqual({ status: true });
		expect(keycrm.catalog.data.cards[1].attachments).toEqual([1]);

		const detached = await runKeyCrm(keycrm, { resource: 'pipelineCard', operation: 'detachFile', cardId: 2, fileId: 1 });
		expect(keycrm.sandbox.journal.map((entry) => `${entry.method} ${entry.path}`)).toEqual(['POST /pipelines/cards/2/attachment/1', 'DELETE /pipelines/cards/2/attachment/1']);
		expect(detached.json[0]).toEqual({ status: true });
		expect(keycrm.catalog.data.cards[1].attachments).toEqual([]);
	});

	it('reports a missing card', async () => {
		const { error } = await runKeyCrm(keycrm, { resource: 'pipelineCard', operation: 'get', cardId: 99 });
		expect(error?.httpCode).toBe('404');
		expect(error?.message).toBe('Card not found');
	});
});
