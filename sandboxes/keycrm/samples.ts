/**
 * A KeyCRM order as `GET /order/{id}?include=buyer,shipping.deliveryService,products.offer` returns it
 * (`OrderWithIncludes` of KeyCRM's OpenAPI 1.2.0; the buyer, shipping and product fields of the seed
 * document's order script), from the Botobot bot (its source UUID is Botobot's order 1001). Written
 * once for the presets' tests and the example checks.
 */
export function sampleKeyCrmOrder(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		id: 22,
		parent_id: null,
		source_uuid: '1001',
		source_id: 2,
		status_id: 1,
		grand_total: 1300,
		total_discount: 0,
		shipping_price: 50,
		payment_status: 'not_paid',
		buyer_comment: 'Call before you come',
		manager_comment: null,
		ordered_at: '2024-05-01 10:00:00',
		created_at: '2024-05-01 10:00:07',
		updated_at: '2024-05-01 10:30:00',
		buyer: { id: 7, full_name: 'Anna Koval', email: 'anna@example.com', phone: '+380 50 111-22-33' },
		shipping: {
			delivery_service_id: 3,
			tracking_code: null,
			shipping_status: null,
			shipping_address_city: 'Kyiv',
			shipping_address_country: 'Ukraine',
			shipping_address_region: 'Kyiv',
			shipping_address_zip: '01001',
			shipping_secondary_line: 'Khreshchatyk St 22, apt 5',
			shipping_receive_point: null,
			recipient_full_name: 'Anna Koval',
			recipient_phone: '+380671234567',
			delivery_service: { id: 3, name: 'Courier', source_name: 'custom', alias: 'courier' },
		},
		products: [
			{
				name: 'Green tea 100 g',
				sku: 'TEA-001',
				price: 250,
				price_sold: 250,
				quantity: 2,
				picture: null,
				offer: { id: 101, product_id: 11, sku: 'TEA-001', price: 250 },
			},
			{
				name: 'Ceramic cup',
				sku: 'CUP-010',
				price: 800,
				price_sold: 750,
				quantity: 1,
				picture: null,
				offer: { id: 102, product_id: 12, sku: 'CUP-010', price: 800 },
			},
		],
		...overrides,
	};
}
