import { DEFAULT_STATE_STATUSES, statusUpdateFromBroniboyDelivery } from '../../nodes/Botobot/helpers/fromBroniboyDelivery';
import { botobotOrderIdFromKeyCrmOrder } from '../../nodes/Botobot/helpers/fromKeyCrmOrder';
import { formatDeliveryReference, readDeliveryReference } from '../../nodes/shared/handover/deliveryReference';
import { sampleBroniboyOrder } from '../../sandboxes/broniboy/samples';
import { KeyCrmStore } from '../../sandboxes/keycrm/store';

describe('Botobot mapping: from a KeyCRM order', () => {
	it('reads the Botobot order id from the source UUID of a KeyCRM order', () => {
		const order = new KeyCrmStore().addOrder({ source_id: 2, source_uuid: '1001', buyer: { full_name: 'Olena' } });
		expect(botobotOrderIdFromKeyCrmOrder(order)).toEqual({ ok: true, id: 1001 });
		expect(botobotOrderIdFromKeyCrmOrder({ event: 'order.change_order_status', context: { id: 5, source_uuid: '1003' } })).toEqual({ ok: true, id: 1003 });
	});

	it('names the missing source UUID and refuses one that is no Botobot id', () => {
		expect(botobotOrderIdFromKeyCrmOrder({ id: 5 })).toEqual({
			ok: false,
			problem:
				'The item has no `source_uuid` — connect KeyCRM Order → Create (From a Botobot Order), Order → Get, a KeyCRM Trigger or KeyCRM Polling Trigger before this node',
		});
		const reading = botobotOrderIdFromKeyCrmOrder({ source_uuid: 'site-5001' });
		expect(reading.ok).toBe(false);
		expect(!reading.ok && reading.problem).toContain('"site-5001" is not a Botobot order ID');
	});
});

describe('Botobot mapping: from a Broniboy delivery', () => {
	it('writes and reads the delivery reference', () => {
		expect(formatDeliveryReference({ keyCrmOrderId: '7', botobotOrderId: '1001' })).toBe('KeyCRM #7 · Botobot #1001');
		expect(formatDeliveryReference({ keyCrmOrderId: '7' })).toBe('KeyCRM #7');
		expect(readDeliveryReference('Ring twice\nKeyCRM #7 · Botobot #1001')).toEqual({ keyCrmOrderId: '7', botobotOrderId: '1001' });
		expect(readDeliveryReference(undefined)).toEqual({ keyCrmOrderId: undefined, botobotOrderId: undefined });
	});

	it.each([
		['on_way', 70],
		['finished', 80],
		['canceled', 30],
	])('maps the webhook sample in state %s to Botobot status %i by the default table', (state, status) => {
		const item = { event: 'order.changed', deliveryId: 'd-1', data: sampleBroniboyOrder(state, 1002) };
		expect(statusUpdateFromBroniboyDelivery(item, DEFAULT_STATE_STATUSES)).toEqual({ ok: true, id: 1002, state, status });
	});

	it('follows an edited table; a state it lacks sets no status', () => {
		const item = { data: sampleBroniboyOrder('ready', 1003) };
		expect(statusUpdateFromBroniboyDelivery(item, [{ state: 'ready', status: 60 }])).toEqual({ ok: true, id: 1003, state: 'ready', status: 60 });
		expect(statusUpdateFromBroniboyDelivery(item, DEFAULT_STATE_STATUSES)).toEqual({ ok: true, id: 1003, state: 'ready', status: undefined });
		expect(statusUpdateFromBroniboyDelivery(sampleBroniboyOrder('finished', 1001), DEFAULT_STATE_STATUSES)).toMatchObject({ id: 1001, status: 80 });
	});

	it('names a missing state and a delivery without the Botobot reference', () => {
		expect(statusUpdateFromBroniboyDelivery({ data: { drop_off: [] } }, DEFAULT_STATE_STATUSES)).toEqual({
			ok: false,
			problem: 'The item has no `data.state` — connect a Broniboy Trigger or Broniboy B2B Order → Get before this node',
		});
		const legacy = { data: { ...sampleBroniboyOrder('on_way'), drop_off: [{ comment: 'KeyCRM #7' }] } };
		const reading = statusUpdateFromBroniboyDelivery(legacy, DEFAULT_STATE_STATUSES);
		expect(!reading.ok && reading.problem).toMatch(/^The delivery carries no Botobot order reference \("Botobot #<id>" in `data.drop_off\[\].comment`\)/);
	});
});
