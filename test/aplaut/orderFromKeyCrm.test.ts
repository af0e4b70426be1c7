import { runWorkflow } from '../../harness/engine/engine';
import { useAplautSandbox, useKeyCrmSandbox } from '../support/sandboxes';
import { aplautCredentials, keyCrmCredentials } from '../../sandboxes/credentials';
import { expectRequest } from './aplautTest';

/** The example of docs/aplaut.md, run as documented: KeyCRM order paid → Aplaut order upsert. */
describe('Example: a paid KeyCRM order is sent to Aplaut for a review campaign', () => {
	const keycrm = useKeyCrmSandbox();
	const aplaut = useAplautSandbox();

	it('gets the order from KeyCRM and upserts it in Aplaut; the same webhook twice keeps one order', async () => {
		const order = keycrm.store.addOrder({
			source_id: 1,
			payment_status: 'paid',
			ordered_at: '2024-05-01 10:00:00',
			buyer: { full_name: 'Ann B.', email: 'ann@example.com', phone: '+380501112233' },
			products: [
				{ name: 'Boots', sku: '45', price_sold: 6800, quantity: 1 },
				{ name: 'Laces', sku: '46', price_sold: 150.5, quantity: 2 },
			],
		});
		const webhook = { body: { event: 'order.change_order_status', context: { id: order.id } } };
		const run = async () =>
			await runWorkflow({
				nodes: [
					{
						name: 'Get KeyCRM order',
						type: 'keyCrm',
						parameters: {
							resource: 'order',
							operation: 'get',
							orderId: '={{ $json.body.context.id }}',
							include: ['buyer', 'products.offer'],
							requestOptions: { rateLimitRequests: 0 },
						},
					},
					{
						name: 'Send to Aplaut',
						type: 'aplaut',
						parameters: {
							resource: 'order',
							operation: 'createOrUpdate',
							number: '={{ $json.id }}',
							consumerName: '={{ $json.buyer.full_name }}',
							consumerEmail: '={{ $json.buyer.email }}',
							orderLinesSource: 'json',
							orderLinesJson: '={{ $json.products.map(p => ({ product_id: p.sku, name: p.name, price: p.price_sold })) }}',
							details: { payment_status: '={{ $json.payment_status }}' },
							additionalFields: { consumer_phone: '={{ $json.buyer.phone }}', created_at: '={{ $json.ordered_at }}Z' },
							requestOptions: { rateLimitRequests: 0 },
						},
					},
				],
				connections: { 'Get KeyCRM order': { main: [[{ node: 'Send to Aplaut', type: 'main', index: 0 }]] } },
				credentials: { ...keyCrmCredentials(keycrm.sandbox), ...aplautCredentials(aplaut.sandbox, 'bearer') },
				items: [webhook],
			});

		const first = await run();
		expect(first.error).toBeUndefined();
		expectRequest(aplaut.sandbox.journal[0], 'bearer', {
			method: 'PUT',
			path: `/orders/${order.id}`,
			body: {
				data: {
					type: 'orders',
					attributes: {
						consumer_name: 'Ann B.',
						consumer_email: 'ann@example.com',
						consumer_phone: '+380501112233',
						created_at: '2024-05-01T10:00:00Z',
						details: { payment_status: 'paid' },
						order_lines: [
							{ product_id: '45', name: 'Boots', price: 6800 },
							{ product_id: '46', name: 'Laces', price: 150.5 },
						],
					},
				},
			},
		});
		expect(aplaut.sandbox.journal[0].status).toBe(201);
		expect(first.outputs['Send to Aplaut'][0].json).toMatchObject({ number: String(order.id), consumer_email: 'ann@example.com' });

		const second = await run();
		expect(second.error).toBeUndefined();
		expect(aplaut.sandbox.journal[1].status).toBe(200);
		expect(aplaut.store.all('orders')).toHaveLength(1);
	});
});
