'use strict';
// The manual example workflows (examples/*.json), run by n8n against the sandboxes.
const { executeWorkflow, nodeOutput } = require('../n8nRun');
const { createKeyCrmOrder, journal, resetAll } = require('../services');
const { expect, expectEqual } = require('../../../harness/runner/expect');

const buyer = { full_name: 'Anna Koval', email: 'anna@example.com', phone: '+380501112233' };

async function paidOrdersToAplaut({ instance, services, summary }) {
	await resetAll(services, ['keyCrm', 'aplaut']);
	const products = [
		{ sku: 'TEA-001', name: 'Green tea 100 g', price: 250, quantity: 2 },
		{ sku: 'CUP-010', name: 'Ceramic cup', price: 750, quantity: 1 },
	];
	const paid = await createKeyCrmOrder(services, {
		source_id: 1,
		buyer,
		products,
		payments: [{ payment_method_id: 3, amount: 1250, status: 'paid' }],
	});
	const unpaid = await createKeyCrmOrder(services, { source_id: 1, buyer: { ...buyer, email: 'petro@example.com' }, products });
	expectEqual([paid.payment_status, unpaid.payment_status], ['paid', 'not_paid'], 'payment status of the seeded KeyCRM orders');

	const run = await executeWorkflow(instance, 'osExPaidToAplaut');
	summary.workflows.push('Example 2: paid KeyCRM orders → Aplaut');
	expectEqual(nodeOutput(run, 'Paid KeyCRM orders').map((order) => order.id), [paid.id], 'orders KeyCRM listed as paid');

	const listing = (await journal(services, 'keyCrm')).filter((entry) => entry.method === 'GET' && entry.path === '/order');
	expect(listing.some((entry) => String(entry.query['filter[payment_status]']) === 'paid'), 'KeyCRM was asked for paid orders', listing.map((e) => e.query));
	const puts = (await journal(services, 'aplaut')).filter((entry) => entry.method === 'PUT');
	expectEqual(puts.map((entry) => entry.path), [`/orders/keycrm-${paid.id}`], 'Aplaut upserts');
	const attributes = puts[0].body.data.attributes;
	expectEqual(
		{ name: attributes.consumer_name, email: attributes.consumer_email, details: attributes.details },
		{ name: buyer.full_name, email: buyer.email, details: { payment_status: 'paid' } },
		'Aplaut order attributes',
	);
	expectEqual(
		attributes.order_lines,
		products.map((product) => ({ product_id: product.sku, name: product.name, price: product.price })),
		'Aplaut order lines (from the KeyCRM products)',
	);
}

async function keyCrmOrderToBroniboy({ instance, services, summary }) {
	await resetAll(services, ['keyCrm', 'broniboy']);
	const order = await createKeyCrmOrder(services, {
		source_id: 2,
		source_uuid: '1001',
		buyer,
		shipping: { shipping_address_city: 'Kyiv', shipping_secondary_line: 'Khreshchatyk St 22, apt 5', recipient_phone: '+380671234567' },
		products: [{ sku: 'TEA-001', name: 'Green tea 100 g', price: 250, quantity: 2 }],
	});
	expectEqual(order.id, 1, 'the example delivers KeyCRM order 1; the first order after a reset');

	const run = await executeWorkflow(instance, 'osExCrmToCourier');
	summary.workflows.push('Example 4: KeyCRM order → Broniboy verify + create');
	const verified = nodeOutput(run, 'Verify delivery');
	expect(verified.length === 1 && verified[0].order?.final_price > 0, 'Broniboy verified the order with a price', verified);
	const created = nodeOutput(run, 'Create delivery');
	expect(created.length === 1 && created[0].id, 'Broniboy created a B2B order', created);

	const posts = (await journal(services, 'broniboy')).filter((entry) => entry.method === 'POST');
	const withTime = posts.filter((entry) => entry.body?.pickup?.time);
	expect(posts.length >= 2 && withTime.length === 1, 'Broniboy got verify request(s) and exactly one create', posts.map((e) => e.path));
	for (const entry of posts) {
		expectEqual(
			entry.body.drop_off,
			[{ address: { address: 'Kyiv, Khreshchatyk St 22, apt 5' }, client_phone: '+380671234567', comment: 'Recipient: Anna Koval\nKeyCRM #1 · Botobot #1001' }],
			`drop-off mapped by "From a KeyCRM Order" and sent to ${entry.path}`,
		);
		expectEqual(entry.body.pickup.place, '8d7f62ba-14c9-4fb2-8bc8-87d23513fd8e', 'pickup place');
		expectEqual(entry.body.payment_type, 'cash', 'payment type of a KeyCRM order not paid');
	}
	expect(verified[0].available_pickup_times.includes(withTime[0].body.pickup.time), 'create booked a time verify offered', withTime[0].body.pickup);
}

const CHECKS = [
	{ name: 'example 2: paid KeyCRM orders → Aplaut Create or Update', workflowId: 'osExPaidToAplaut', run: paidOrdersToAplaut },
	{ name: 'example 4: KeyCRM order → Broniboy verify, IF, create', workflowId: 'osExCrmToCourier', run: keyCrmOrderToBroniboy },
];

module.exports = { exampleChecks: CHECKS };
