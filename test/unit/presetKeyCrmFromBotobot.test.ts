import { missingBotobotField, orderFromBotobotOrder, paymentFromBotobotPaidOrder } from '../../nodes/KeyCrm/helpers/fromBotobotOrder';
import { withOverrides } from '../../nodes/KeyCrm/helpers/overrides';
import { sampleBotobotOrder } from '../../sandboxes/botobot/samples';
import { seedOrderDetails } from '../../sandboxes/botobot/orders';
import { newOrderErrors, paymentErrors, type FieldErrors } from '../../sandboxes/keycrm/orderRules';
import { KeyCrmStore } from '../../sandboxes/keycrm/store';
import { KEYCRM_BODY_OF_BOTOBOT_SAMPLE } from '../support/botobotSampleInKeyCrm';

const mapped = <T>(result: { ok: true; value: T } | { ok: false; problems: string[] }): T => {
	if (!result.ok) throw new Error(result.problems.join('; '));
	return result.value;
};

describe('KeyCRM mapping: from a Botobot order', () => {
	const store = new KeyCrmStore();

	it('maps the Botobot callback sample to the KeyCRM order body, which the KeyCRM sandbox accepts', () => {
		const body = mapped(orderFromBotobotOrder(sampleBotobotOrder()));
		expect(body).toEqual(KEYCRM_BODY_OF_BOTOBOT_SAMPLE);
		const errors: FieldErrors = newOrderErrors(store, { source_id: 2, ...body });
		expect(errors).toEqual({});
	});

	it('adds the email of a listed order and, when it is paid, one paid payment of its total', () => {
		const listed = { ...seedOrderDetails(1001), paid: true, delivery: 'pickup', id: '1001' };
		const body = mapped(orderFromBotobotOrder(listed, { paymentMethodId: '3' }));
		expect(body.buyer).toEqual({ full_name: 'Olena Kovalenko', email: 'olena@example.com', phone: '+380671234567' });
		expect((body.shipping as Record<string, unknown>).shipping_service).toBe('Pickup');
		expect(body.payments).toEqual([{ payment_method_id: 3, amount: 2291.5, status: 'paid', description: 'Paid in Botobot, order #1001' }]);
		expect(newOrderErrors(store, { source_id: 2, ...body })).toEqual({});
	});

	it('names each field the item lacks and the nodes that supply it', () => {
		const result = orderFromBotobotOrder({ goods: [{ count: 1 }] });
		expect(result).toEqual({
			ok: false,
			problems: [
				'The item has no `id` — connect a Botobot Trigger, Botobot Poll Trigger or Botobot Order → Get Many before this node',
				'The item has no `recipient`, `mobile` or `email` (the buyer) — connect a Botobot Trigger, Botobot Poll Trigger or Botobot Order → Get Many before this node',
				missingBotobotField('goods[0].title'),
			],
		});
		expect(orderFromBotobotOrder({ ...sampleBotobotOrder(), goods: [] })).toEqual({ ok: false, problems: [missingBotobotField('goods')] });
		expect(orderFromBotobotOrder({ ...sampleBotobotOrder(), paid: true })).toEqual({
			ok: false,
			problems: ['A paid Botobot order needs a KeyCRM payment method: add the preset option "Payment Method for Paid Orders"'],
		});
	});

	it('lets the form win: sections field by field, lists as a whole', () => {
		const body = mapped(orderFromBotobotOrder(sampleBotobotOrder()));
		const merged = withOverrides(body, { source_id: 2, buyer: { email: 'o@example.com' }, shipping: { shipping_address_city: 'Lviv' }, products: [{ sku: 'X', quantity: 1 }] });
		expect(merged.buyer).toEqual({ full_name: 'Olena Kovalenko', phone: '+380671234567', email: 'o@example.com' });
		expect(merged.shipping).toMatchObject({ shipping_address_city: 'Lviv', shipping_secondary_line: 'Kyiv, Khreshchatyk St 22, apt 5' });
		expect(merged.products).toEqual([{ sku: 'X', quantity: 1 }]);
		expect(merged.source_uuid).toBe('1001');
	});
});

describe('KeyCRM mapping: the payment of a paid Botobot order', () => {
	const store = new KeyCrmStore();

	it('pays cost_total with the Botobot id in the description; the sandbox accepts it with a method', () => {
		const { sourceUuid, payment } = mapped(paymentFromBotobotPaidOrder({ ...seedOrderDetails(1002), paid: true }));
		expect({ sourceUuid, payment }).toEqual({
			sourceUuid: '1002',
			payment: { amount: 2291.5, status: 'paid', description: 'Paid in the Botobot shop, order #1002' },
		});
		const errors: FieldErrors = {};
		paymentErrors(store, { ...payment, payment_method_id: 3 }, '', errors);
		expect(errors).toEqual({});
	});

	it('fails an unpaid order, or one without id or total, by name', () => {
		expect(paymentFromBotobotPaidOrder({ id: 1001, cost_total: 10, paid: false })).toEqual({
			ok: false,
			problems: ['Botobot order #1001 is not paid (`paid` is false): use a Botobot Poll Trigger on "Order Paid" before this node'],
		});
		expect(paymentFromBotobotPaidOrder({ paid: true })).toEqual({ ok: false, problems: [missingBotobotField('id'), missingBotobotField('cost_total')] });
	});
});
