/** Broniboy's sample order as its webhooks carry it, written once for the example checks and the benchmarks. */

/**
 * A B2B order in the state asked; the courier comment names the shop's order ("Order #1001"), the
 * way example 3 finds the Botobot order to update (the Botobot sandbox knows orders 1001-1003).
 */
export function sampleBroniboyOrder(state = 'on_way', botobotOrderId: number | string = 1001): Record<string, unknown> {
	return {
		id: 'eb3b595d-3653-41a3-a531-ebeba332154c',
		number: 123,
		state,
		courier_state: 'courier-accepted',
		price: 1000,
		final_price: 1200,
		payment_type: 'cash',
		drop_off: [{ address: 'Kyiv, Khreshchatyk St 22, apt 5', phone: '+380671234567', comment: `Order #${botobotOrderId}` }],
		note: 'Доставка Broniboy',
	};
}
