/** The KeyCRM order body that the Botobot callback sample (sandboxes/botobot/samples) maps to, source aside. */
export const KEYCRM_BODY_OF_BOTOBOT_SAMPLE = {
	source_uuid: '1001',
	buyer: { full_name: 'Olena Kovalenko', phone: '+380671234567' },
	shipping: {
		shipping_service: 'Delivery to the door',
		shipping_secondary_line: 'Kyiv, Khreshchatyk St 22, apt 5',
		recipient_full_name: 'Olena Kovalenko',
		recipient_phone: '+380671234567',
	},
	shipping_price: 250,
	products: [
		{ sku: 'TEA-GRN-100', name: 'Green tea Sencha 100 g', price: 320, discount_amount: 20, quantity: 2 },
		{ sku: 'CUP-CER-01', name: 'Ceramic cup', price: 540, discount_amount: 0, quantity: 1 },
		{ sku: 'HNY-LND-250', name: 'Linden honey 250 g', price: 310.5, discount_amount: 10, quantity: 3 },
	],
	buyer_comment: 'Delivery time: 2026-11-23 14:00',
	manager_comment: 'Botobot order #1001',
};
