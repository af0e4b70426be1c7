import type { IDataObject } from 'n8n-workflow';

import { sampleBotobotOrder } from '../../sandboxes/botobot/samples';
import { seedOrderDetails } from '../../sandboxes/botobot/orders';
import { KEYCRM_BODY_OF_BOTOBOT_SAMPLE } from '../support/botobotSampleInKeyCrm';
import { useKeyCrmSandbox } from '../support/sandboxes';
import { jsonOf, runKeyCrm } from './orderSupport';

const fromBotobot = (extra: IDataObject = {}) => ({ resource: 'order', operation: 'create', inputMode: 'botobotOrder', sourceId: 2, ...extra });
const paymentFromBotobot = (extra: IDataObject = {}) => ({ resource: 'order', operation: 'addPayment', inputMode: 'botobotPaidOrder', payment_method_id: 3, ...extra });

describe('KeyCRM Order → Create, Input Mode "From a Botobot Order"', () => {
	const keycrm = useKeyCrmSandbox();

	it('sends the Botobot order as the KeyCRM body, then moves the order to the chosen status', async () => {
		const { items, error } = await runKeyCrm(keycrm, fromBotobot({ botobotOptions: { orderStatusId: 2 } }), { items: [sampleBotobotOrder() as IDataObject] });
		expect(error).toBeUndefined();
		expect(keycrm.sandbox.journal.map((entry) => `${entry.method} ${entry.path}`)).toEqual(['GET /order', 'POST /order', 'PUT /order/1']);
		// Return It (the default with a Source UUID): the order is looked up by its Botobot id first.
		expect(keycrm.sandbox.journal[0].query).toMatchObject({ 'filter[source_uuid]': '1001', 'filter[source_id]': '2' });
		expect(keycrm.sandbox.requests('POST', '/order')[0].body).toEqual({ source_id: 2, ...KEYCRM_BODY_OF_BOTOBOT_SAMPLE });
		expect(keycrm.sandbox.requests('PUT', '/order/1')[0].body).toEqual({ status_id: 2 });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: 1, source_uuid: '1001', status_id: 2 })]);
	});

	it("lets the form's values win and pays a paid order with the chosen method", async () => {
		const listed = { ...seedOrderDetails(1003), paid: true };
		const { error } = await runKeyCrm(
			keycrm,
			fromBotobot({ botobotOptions: { paymentMethodId: 3 }, buyerFullName: 'Iryna B.', shipping: { shipping_address_city: 'Kyiv' }, additionalFields: { manager_comment: 'VIP' } }),
			{ items: [listed] },
		);
		expect(error).toBeUndefined();
		const body = keycrm.sandbox.requests('POST', '/order')[0].body as IDataObject;
		expect(body.buyer).toEqual({ full_name: 'Iryna B.', email: 'iryna@example.com', phone: '+380931234567' });
		expect(body.shipping).toMatchObject({ shipping_address_city: 'Kyiv', shipping_secondary_line: 'Kyiv, Khreshchatyk St 22, apt 5' });
		expect(body.manager_comment).toBe('VIP');
		expect(body.payments).toEqual([{ payment_method_id: 3, amount: 2291.5, status: 'paid', description: 'Paid in Botobot, order #1003' }]);
		expect(keycrm.store.orders[0].payment_status).toBe('paid');
		expect(keycrm.sandbox.journal.map((entry) => entry.method)).toEqual(['GET', 'POST']);
	});

	it('returns the order an earlier run made for this Botobot order and leaves its status as it is now', async () => {
		const first = await runKeyCrm(keycrm, fromBotobot({ botobotOptions: { orderStatusId: 2 } }), { items: [sampleBotobotOrder() as IDataObject] });
		expect(first.error).toBeUndefined();
		// The shop moved the order on since: a retried run must not put it back to the preset's status.
		keycrm.store.orders[0].status_id = 5;
		keycrm.sandbox.journal.length = 0;
		const again = await runKeyCrm(keycrm, fromBotobot({ botobotOptions: { orderStatusId: 2 } }), { items: [sampleBotobotOrder() as IDataObject] });
		expect(again.error).toBeUndefined();
		expect(keycrm.sandbox.journal.map((entry) => `${entry.method} ${entry.path}`)).toEqual(['GET /order']);
		expect(keycrm.store.orders).toHaveLength(1);
		expect(jsonOf(again.items)[0]).toMatchObject({ id: keycrm.store.orders[0].id, status_id: 5 });
	});

	it('fails an item without goods by name, sends nothing for it, and goes on with the next', async () => {
		const { items } = await runKeyCrm(keycrm, fromBotobot(), { items: [{ id: 1002, recipient: 'Taras' }, sampleBotobotOrder() as IDataObject], continueOnFail: true });
		expect(items[0].json.error).toBe(
			'The item has no `goods` — connect a Botobot Trigger, Botobot Poll Trigger or Botobot Order → Get Many before this node',
		);
		expect(keycrm.sandbox.requests('POST', '/order').map((entry) => (entry.body as IDataObject).source_uuid)).toEqual(['1001']);
	});
});

describe('KeyCRM Order → Add Payment, Input "From a Botobot Paid Order"', () => {
	const keycrm = useKeyCrmSandbox();

	it('finds the KeyCRM order by source UUID and adds the Botobot total as a paid payment', async () => {
		keycrm.store.addOrder({ source_id: 2, source_uuid: '1001', buyer: { full_name: 'Olena' } });
		const order = keycrm.store.addOrder({ source_id: 2, source_uuid: '1002', buyer: { full_name: 'Taras' } });
		const { items, error } = await runKeyCrm(keycrm, paymentFromBotobot(), { items: [{ ...seedOrderDetails(1002), paid: true }] });
		expect(error).toBeUndefined();
		const [lookup] = keycrm.sandbox.requests('GET', '/order');
		expect(lookup.query).toEqual({ 'filter[source_uuid]': '1002', sort: 'id', limit: '1' });
		expect(keycrm.sandbox.requests('POST', `/order/${order.id}/payment`).map((entry) => entry.body)).toEqual([
			{ payment_method_id: 3, amount: 2291.5, status: 'paid', description: 'Paid in the Botobot shop, order #1002' },
		]);
		expect(jsonOf(items)[0]).toMatchObject({ amount: 2291.5, status: 'paid' });
	});

	it('lets the form override the amount and description', async () => {
		const order = keycrm.store.addOrder({ source_id: 2, source_uuid: '1001', buyer: { full_name: 'Olena' } });
		const { error } = await runKeyCrm(keycrm, paymentFromBotobot({ amount: 100, description: 'Advance' }), { items: [{ ...seedOrderDetails(1001), paid: true }] });
		expect(error).toBeUndefined();
		expect(keycrm.sandbox.requests('POST', `/order/${order.id}/payment`)[0].body).toEqual({ payment_method_id: 3, amount: 100, status: 'paid', description: 'Advance' });
	});

	it('fails when no KeyCRM order has the source UUID, or no method is chosen, without writing', async () => {
		const missing = await runKeyCrm(keycrm, paymentFromBotobot(), { items: [{ ...seedOrderDetails(1003), paid: true }] });
		expect(missing.error?.message).toBe('No KeyCRM order has source UUID "1003" (the Botobot order ID)');
		const noMethod = await runKeyCrm(keycrm, paymentFromBotobot({ payment_method_id: '' }), { items: [{ ...seedOrderDetails(1003), paid: true }] });
		expect(noMethod.error?.message).toBe('The payment needs a payment method (from the list or by name)');
		expect(keycrm.sandbox.journal.filter((entry) => entry.method === 'POST')).toEqual([]);
	});
});
