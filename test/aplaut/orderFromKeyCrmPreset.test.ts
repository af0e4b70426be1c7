import type { IDataObject } from 'n8n-workflow';

import { runWorkflow } from '../../harness/engine/engine';
import { aplautCredentials, keyCrmCredentials } from '../../sandboxes/credentials';
import { sampleKeyCrmOrder as keyCrmSample } from '../../sandboxes/keycrm/samples';
import { useAplautSandbox, useKeyCrmSandbox } from '../support/sandboxes';
import { expectRequest, runAplaut } from './aplautTest';

/** The sample as the engine's items take it. */
const sampleKeyCrmOrder = (overrides: Record<string, unknown> = {}) => keyCrmSample(overrides) as IDataObject;

const preset = {
	resource: 'order',
	operation: 'createOrUpdate',
	inputMode: 'keyCrmOrder',
	productIdFrom: 'sku',
	numberPrefix: 'keycrm-',
};

/** Aplaut Order → Create or Update, Input "From a KeyCRM Order": in the engine, against the sandboxes. */
describe('Aplaut Create or Update "From a KeyCRM Order"', () => {
	const keycrm = useKeyCrmSandbox();
	const aplaut = useAplautSandbox();

	it('maps the order KeyCRM Order → Get reads (buyer, products) into exactly this upsert, with no expression', async () => {
		const order = keycrm.store.addOrder({
			source_id: 2,
			source_uuid: '1001',
			payment_status: 'paid',
			ordered_at: '2024-05-01 10:00:00',
			updated_at: '2024-05-01 10:30:00',
			buyer: { full_name: 'Anna Koval', email: 'anna@example.com', phone: '+380501112233' },
			products: [
				{ name: 'Green tea 100 g', sku: 'TEA-001', price: 250, quantity: 2 },
				{ name: 'Ceramic cup', sku: 'CUP-010', price: 800, price_sold: 750, quantity: 1 },
			],
		});
		const result = await runWorkflow({
			nodes: [
				{
					name: 'Get KeyCRM order',
					type: 'keyCrm',
					parameters: { resource: 'order', operation: 'get', orderId: order.id as number, include: ['buyer', 'products.offer'], requestOptions: { rateLimitRequests: 0 } },
				},
				{ name: 'Send to Aplaut', type: 'aplaut', parameters: { ...preset, details: { fulfillment_status: 'delivered' }, requestOptions: { rateLimitRequests: 0 } } },
			],
			connections: { 'Get KeyCRM order': { main: [[{ node: 'Send to Aplaut', type: 'main', index: 0 }]] } },
			credentials: { ...keyCrmCredentials(keycrm.sandbox), ...aplautCredentials(aplaut.sandbox, 'bearer') },
			items: [{}],
		});
		expect(result.error).toBeUndefined();
		expect(aplaut.sandbox.journal).toHaveLength(1);
		expectRequest(aplaut.sandbox.journal[0], 'bearer', {
			method: 'PUT',
			path: `/orders/keycrm-${String(order.id)}`,
			body: {
				data: {
					type: 'orders',
					attributes: {
						consumer_name: 'Anna Koval',
						consumer_email: 'anna@example.com',
						consumer_phone: '+380501112233',
						created_at: '2024-05-01T10:00:00Z',
						updated_at: '2024-05-01T10:30:00Z',
						details: { payment_status: 'paid', fulfillment_status: 'delivered' },
						order_lines: [
							{ product_id: 'TEA-001', name: 'Green tea 100 g', price: 250 },
							{ product_id: 'CUP-010', name: 'Ceramic cup', price: 750 },
						],
					},
				},
			},
		});
		expect(aplaut.sandbox.journal[0].status).toBe(201);
		expect(result.outputs['Send to Aplaut'][0].json).toMatchObject({ number: `keycrm-${String(order.id)}`, consumer_email: 'anna@example.com' });
	});

	it('applies the overrides of the form (typed in the workflow time zone) over the mapped fields', async () => {
		const { error } = await runAplaut(aplaut, 'token', { ...preset, overrides: { number: 'SHOP-22', consumer_email: 'orders@example.com', created_at: '2024-05-01 13:00:00' } }, { items: [sampleKeyCrmOrder()] });
		expect(error).toBeUndefined();
		const body = JSON.parse(aplaut.sandbox.journal[0].rawBody) as { data: { attributes: Record<string, unknown> } };
		expect(aplaut.sandbox.journal[0].path).toBe('/orders/SHOP-22');
		expect(body.data.attributes).toMatchObject({ consumer_email: 'orders@example.com', created_at: '2024-05-01T13:00:00-04:00', consumer_name: 'Anna Koval' });
	});

	it('fails an item without the buyer with the named field, sends nothing for it, and goes on with the next', async () => {
		const { buyer: _buyer, ...withoutBuyer } = sampleKeyCrmOrder({ id: 23 });
		const { items, error } = await runAplaut(aplaut, 'bearer', preset, { items: [withoutBuyer, sampleKeyCrmOrder()], continueOnFail: true });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			error: 'The item has no `buyer` — connect a KeyCRM Trigger (Fetch Full Record, Include "Buyer"), KeyCRM Poll Trigger with Include "Buyer" or KeyCRM Order → Get / Get Many with Include "Buyer" before this node',
			description: expect.stringContaining('Nothing was sent to Aplaut'),
		});
		expect(aplaut.sandbox.journal.map((entry) => entry.path)).toEqual(['/orders/keycrm-22']);
	});
});
