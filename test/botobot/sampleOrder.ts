/** The sandbox's sample order (sampleBotobotOrder) as the trigger should type it. */
export const TYPED_SAMPLE_ORDER = {
	id: 1001,
	user_chat_id: '417309512',
	cost_total: 2291.5,
	cost_cart: 2041.5,
	cost_discount: 70,
	cost_delivery: 250,
	delivery: 'shipping',
	time: '2026-11-23 14:00',
	recipient: 'Olena Kovalenko',
	address: 'Kyiv, Khreshchatyk St 22, apt 5',
	mobile: '+380671234567',
	goods: [
		{ id: 101, article: 'TEA-GRN-100', title: 'Green tea Sencha 100 g', count: 2, price: 320, discount: 20, total: 600 },
		{ id: 205, article: 'CUP-CER-01', title: 'Ceramic cup', count: 1, price: 540, discount: 0, total: 540 },
		{ id: 317, article: 'HNY-LND-250', title: 'Linden honey 250 g', count: 3, price: 310.5, discount: 10, total: 901.5 },
	],
	user_telegram: { id: '417309512', username: 'olena_k', first_name: 'Olena' },
};
