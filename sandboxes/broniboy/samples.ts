/** Broniboy's sample order as its webhooks carry it, written once for the example checks and the benchmarks. */

/**
 * A B2B order in the state asked; the courier comment ends with the delivery reference Broniboy
 * B2B Order → Create "From a KeyCRM Order" appends ("KeyCRM #7 · Botobot #1001"), by which example 3
 * finds the Botobot order to update (the Botobot sandbox knows orders 1001-1003).
 */
export function sampleBroniboyOrder(state = 'on_way', botobotOrderId: number | string = 1001, keyCrmOrderId: number | string = 7): Record<string, unknown> {
	return {
		id: 'eb3b595d-3653-41a3-a531-ebeba332154c',
		number: 123,
		state,
		courier_state: 'courier-accepted',
		price: 1000,
		final_price: 1200,
		payment_type: 'cash',
		drop_off: [{ address: 'Kyiv, Khreshchatyk St 22, apt 5', phone: '+380671234567', comment: `Ring twice\nKeyCRM #${keyCrmOrderId} · Botobot #${botobotOrderId}` }],
		note: 'Доставка Broniboy',
	};
}
