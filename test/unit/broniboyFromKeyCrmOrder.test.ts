import { broniboyOrderFromKeyCrmOrder, normalisePhone, type BroniboyOrderSettings } from '../../nodes/Broniboy/helpers/fromKeyCrmOrder';
import { readDeliveryReference } from '../../nodes/shared/handover/deliveryReference';
import { PLACE_LENINA } from '../../sandboxes/broniboy/store';
import { sampleKeyCrmOrder } from '../../sandboxes/keycrm/samples';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';
import { useBroniboySandbox } from '../support/sandboxes';

const settings: BroniboyOrderSettings = { paymentTypeWhenPaid: 'b2b_account', paymentTypeWhenNotPaid: 'cash' };

const mapped = (item: unknown, extra: Partial<BroniboyOrderSettings> = {}) => broniboyOrderFromKeyCrmOrder(item, { ...settings, ...extra });

const SAMPLE_DROP_OFF = {
	address: { address: 'Kyiv, Khreshchatyk St 22, apt 5' },
	client_phone: '+380671234567',
	comment: 'Recipient: Anna Koval\nCall before you come\nKeyCRM #22 · Botobot #1001',
};

describe('Broniboy B2B order from a KeyCRM order (pure mapping)', () => {
	const broniboy = useBroniboySandbox();

	it('maps the sample KeyCRM order to the drop-off and the payment type', () => {
		expect(mapped(sampleKeyCrmOrder())).toEqual({ payment_type: 'cash', drop_off: [SAMPLE_DROP_OFF] });
	});

	it('gives a body the Broniboy sandbox verifies, with a comment the delivery reference reads back', async () => {
		const result = mapped(sampleKeyCrmOrder());
		if (result.problems) throw new Error(result.problems.join('; '));
		const response = await fetch(`${broniboy.sandbox.baseUrl}/orders/verify/`, {
			method: 'POST',
			headers: { 'X-App-Token': SANDBOX_TOKENS.broniboyAppToken, 'Content-Type': 'application/json' },
			body: JSON.stringify({ pickup: { place: PLACE_LENINA }, ...result }),
		});
		expect(response.status).toBe(200);
		const { data } = (await response.json()) as { data: { order: { drop_off: Array<{ comment: string }> } } };
		expect(readDeliveryReference(data.order.drop_off[0].comment)).toEqual({ keyCrmOrderId: '22', botobotOrderId: '1001' });
	});

	it('chooses the payment type from the KeyCRM payment status', () => {
		const typeFor = (status: string) => (mapped(sampleKeyCrmOrder({ payment_status: status })) as { payment_type?: string }).payment_type;
		expect(['paid', 'overpaid', 'not_paid', 'part_paid'].map(typeFor)).toEqual(['b2b_account', 'b2b_account', 'cash', 'cash']);
		expect((mapped(sampleKeyCrmOrder({ payment_status: 'paid' }), { paymentTypeWhenPaid: 'cash' }) as { payment_type: string }).payment_type).toBe('cash');
	});

	it('leaves the Botobot part out when the source UUID is not a Botobot order id', () => {
		const result = mapped(sampleKeyCrmOrder({ source_uuid: 'site-5001', buyer_comment: null }));
		expect(result).toMatchObject({ drop_off: [{ comment: 'Recipient: Anna Koval\nKeyCRM #22' }] });
	});

	it("falls back to the buyer's phone and name, and writes the phone as digits", () => {
		const order = sampleKeyCrmOrder({
			shipping: { shipping_address_city: 'Kyiv', shipping_receive_point: 'Nova Poshta branch 5' },
			buyer_comment: '',
		});
		expect(mapped(order)).toEqual({
			payment_type: 'cash',
			drop_off: [{ address: { address: 'Kyiv, Nova Poshta branch 5' }, client_phone: '+380501112233', comment: 'Recipient: Anna Koval\nKeyCRM #22 · Botobot #1001' }],
		});
		expect(normalisePhone('00 380 (67) 123.45.67')).toBe('+380671234567');
	});

	it('lets every override win over the mapped value; the reference stays', () => {
		const result = mapped(sampleKeyCrmOrder(), {
			overrides: { address: 'Kyiv, Podil 1', clientPhone: '+380991112233', recipientName: 'Olha', comment: 'Door code 42', latitude: 50.46, longitude: 30.52 },
		});
		expect(result).toEqual({
			payment_type: 'cash',
			drop_off: [
				{
					address: { address: 'Kyiv, Podil 1', latitude: 50.46, longitude: 30.52 },
					client_phone: '+380991112233',
					comment: 'Recipient: Olha\nDoor code 42\nKeyCRM #22 · Botobot #1001',
				},
			],
		});
	});

	it('names each missing field and the node that supplies it, all at once', () => {
		const { shipping: _shipping, id: _id, payment_status: _status, ...bare } = sampleKeyCrmOrder();
		expect(mapped(bare).problems).toEqual([
			'The item has no `id` — connect a KeyCRM Trigger (Fetch Full Record), KeyCRM Poll Trigger or KeyCRM Order → Get / Get Many before this node',
			'The item has no `payment_status` — connect a KeyCRM Trigger (Fetch Full Record), KeyCRM Poll Trigger or KeyCRM Order → Get / Get Many before this node',
			'The item has no `shipping` — connect a KeyCRM Trigger (Fetch Full Record, Include "Shipping Delivery Service"), KeyCRM Poll Trigger with Include "Shipping Delivery Service" or KeyCRM Order → Get / Get Many with Include "Shipping Delivery Service" before this node',
		]);
	});

	it('names an empty shipping address, a bad phone and half coordinates', () => {
		const order = sampleKeyCrmOrder({ shipping: { recipient_phone: '12-34' } });
		expect(mapped(order, { overrides: { latitude: 50.4 } }).problems).toEqual([
			expect.stringMatching(/^The item has no delivery address: `shipping\.shipping_address_city`/),
			'Delivery Latitude and Delivery Longitude must be set together, as valid numbers',
			'`shipping.recipient_phone` ("12-34") is not a phone number Broniboy takes: 10 to 15 digits, optionally with a leading +',
		]);
		expect(mapped(order, { overrides: { address: 'Kyiv, Podil 1', clientPhone: '+380991112233' } }).problems).toBeUndefined();
	});

	it('names a payment status KeyCRM does not have', () => {
		expect(mapped(sampleKeyCrmOrder({ payment_status: 'refunded' })).problems).toEqual([
			'The item\'s `payment_status` "refunded" is not one of KeyCRM\'s (paid, overpaid, not_paid, part_paid)',
		]);
	});
});
