import type { IDataObject } from 'n8n-workflow';

import { runWorkflow } from '../../harness/engine/engine';
import { availablePickupTimes } from '../../sandboxes/broniboy/orders';
import { PLACE_LENINA } from '../../sandboxes/broniboy/store';
import { broniboyCredentials, keyCrmCredentials } from '../../sandboxes/credentials';
import { sampleKeyCrmOrder as keyCrmSample } from '../../sandboxes/keycrm/samples';
import { useBroniboySandbox, useKeyCrmSandbox } from '../support/sandboxes';
import { runBroniboy } from './run';

/** The sample as the engine's items take it. */
const sampleKeyCrmOrder = (overrides: Record<string, unknown> = {}) => keyCrmSample(overrides) as IDataObject;

const preset = {
	resource: 'b2bOrder',
	inputMode: 'keyCrmOrder',
	pickupSource: 'place',
	placeId: PLACE_LENINA,
	paymentTypeWhenPaid: 'b2b_account',
	paymentTypeWhenNotPaid: 'cash',
};

/** Broniboy B2B Order → Verify / Create, Input "From a KeyCRM Order": in the engine, against the sandboxes. */
describe('Broniboy Verify / Create "From a KeyCRM Order"', () => {
	const keycrm = useKeyCrmSandbox();
	const broniboy = useBroniboySandbox();

	it('verifies, then creates from the Verify output, the exact body mapped from KeyCRM Order → Get, with no expression', async () => {
		const order = keycrm.store.addOrder({
			source_id: 2,
			source_uuid: '1001',
			payment_status: 'paid',
			buyer: { full_name: 'Anna Koval', email: 'anna@example.com', phone: '+380501112233' },
			shipping: { shipping_address_city: 'Kyiv', shipping_secondary_line: 'Khreshchatyk St 22, apt 5', recipient_phone: '+380 67 123 45 67' },
		});
		const result = await runWorkflow({
			nodes: [
				{
					name: 'Order to deliver',
					type: 'keyCrm',
					parameters: { resource: 'order', operation: 'get', orderId: order.id as number, include: ['buyer', 'shipping.deliveryService'], requestOptions: { rateLimitRequests: 0 } },
				},
				{ name: 'Verify delivery', type: 'broniboy', parameters: { ...preset, operation: 'verify' } },
				{ name: 'Create delivery', type: 'broniboy', parameters: { ...preset, operation: 'create', pickupTimeMode: 'earliest' } },
			],
			connections: {
				'Order to deliver': { main: [[{ node: 'Verify delivery', type: 'main', index: 0 }]] },
				'Verify delivery': { main: [[{ node: 'Create delivery', type: 'main', index: 0 }]] },
			},
			credentials: { ...keyCrmCredentials(keycrm.sandbox), ...broniboyCredentials(broniboy.sandbox) },
			items: [{}],
		});
		expect(result.error).toBeUndefined();
		const dropOff = [
			{
				address: { address: 'Kyiv, Khreshchatyk St 22, apt 5' },
				client_phone: '+380671234567',
				comment: `Recipient: Anna Koval\nKeyCRM #${String(order.id)} · Botobot #1001`,
			},
		];
		const journal = broniboy.sandbox.journal;
		expect(journal.map((entry) => entry.path)).toEqual(['/orders/verify/', '/orders/verify/', '/orders/create/']);
		expect(journal[0].body).toEqual({ pickup: { place: PLACE_LENINA }, payment_type: 'b2b_account', drop_off: dropOff });
		expect(journal[2].body).toEqual({ pickup: { place: PLACE_LENINA, time: [...availablePickupTimes()].sort()[0] }, payment_type: 'b2b_account', drop_off: dropOff });
		const verified = result.outputs['Verify delivery'][0].json;
		expect(verified).toMatchObject({ order: { final_price: 1150 }, keyCrmOrder: { id: order.id, source_uuid: '1001' } });
		expect(result.outputs['Create delivery'][0].json).toMatchObject({ state: 'accepted', id: broniboy.store.b2bOrders[0].id });
	});

	it('applies the overrides of the form and the pickup from another address', async () => {
		const { error, journal } = await runBroniboy(
			broniboy,
			{
				...preset,
				operation: 'verify',
				pickupSource: 'external',
				pickupAddress: 'Kyiv, Warehouse 5',
				overrides: { address: 'Kyiv, Podil 1', latitude: 50.46, longitude: 30.52, pickupLatitude: 50.4, pickupLongitude: 30.5, comment: 'Door code 42' },
			},
			{ items: [sampleKeyCrmOrder()] },
		);
		expect(error).toBeUndefined();
		expect(journal[0].body).toEqual({
			pickup: { external_place: { address: { address: 'Kyiv, Warehouse 5', latitude: 50.4, longitude: 30.5 } } },
			payment_type: 'cash',
			drop_off: [
				{
					address: { address: 'Kyiv, Podil 1', latitude: 50.46, longitude: 30.52 },
					client_phone: '+380671234567',
					comment: 'Recipient: Anna Koval\nDoor code 42\nKeyCRM #22 · Botobot #1001',
				},
			],
		});
	});

	it('fails an item without shipping with the named field and books nothing for it', async () => {
		const { shipping: _shipping, ...withoutShipping } = sampleKeyCrmOrder();
		const { json, error, journal } = await runBroniboy(broniboy, { ...preset, operation: 'create', pickupTimeMode: 'earliest' }, { items: [withoutShipping], continueOnFail: true });
		expect(error).toBeUndefined();
		expect(json[0]).toMatchObject({
			error: 'The item has no `shipping` — connect a KeyCRM Trigger (Fetch Full Record, Include "Shipping Delivery Service"), KeyCRM Poll Trigger with Include "Shipping Delivery Service" or KeyCRM Order → Get / Get Many with Include "Shipping Delivery Service" before this node',
			description: expect.stringContaining('Nothing was sent to Broniboy'),
		});
		expect(journal).toHaveLength(0);
	});
});
