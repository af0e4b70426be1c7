/**
 * The Botobot sample order, written once: tests, example checks and benchmarks all send this one
 * (docs/botobot.md shows it as the trigger's output).
 */
type Good = { id: number; article: string; title: string; count: number; price: number; discount: number; total: number };

// `discount` is per unit, `total` the line after it (count × (price − discount)), as Botobot sums them.
const SAMPLE_GOODS: readonly Good[] = [
	{ id: 101, article: 'TEA-GRN-100', title: 'Green tea Sencha 100 g', count: 2, price: 320, discount: 20, total: 600 },
	{ id: 205, article: 'CUP-CER-01', title: 'Ceramic cup', count: 1, price: 540, discount: 0, total: 540 },
	{ id: 317, article: 'HNY-LND-250', title: 'Linden honey 250 g', count: 3, price: 310.5, discount: 10, total: 901.5 },
];
const COST_DELIVERY = 250;

/**
 * A realistic new-order callback as Botobot documents it (3 goods; a Telegram block as newer Botobot
 * versions add). Order 1001 exists in the sandbox's store, so a flow can go on to update it.
 */
export function sampleBotobotOrder(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		id: 1001,
		user_chat_id: '417309512',
		cost_total: 2291.5,
		cost_cart: 2041.5,
		cost_discount: 70,
		cost_delivery: COST_DELIVERY,
		delivery: 'shipping',
		time: '2026-11-23 14:00',
		recipient: 'Olena Kovalenko',
		address: 'Kyiv, Khreshchatyk St 22, apt 5',
		mobile: '+380671234567',
		goods: SAMPLE_GOODS.map((good) => ({ ...good })),
		user_telegram: { id: '417309512', username: 'olena_k', first_name: 'Olena' },
		...overrides,
	};
}

/** The sample order with only its first `count` goods, its cart, discount and total summed again. */
export function sampleBotobotOrderOf(count: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
	const goods = SAMPLE_GOODS.slice(0, count).map((good) => ({ ...good }));
	const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
	const cart = sum(goods.map((good) => good.total));
	return sampleBotobotOrder({
		goods,
		cost_cart: cart,
		cost_discount: sum(goods.map((good) => good.discount * good.count)),
		cost_total: cart + COST_DELIVERY,
		...overrides,
	});
}

/** What the trigger gives for the sample order: the same values, typed again (a callback carries them as text). */
export const TYPED_SAMPLE_ORDER = sampleBotobotOrder();
