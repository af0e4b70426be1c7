import type { AplautStore } from './aplaut/store';
import type { KeyCrmStore } from './keycrm/store';

/**
 * A few records so the examples have something to show when started by hand (`npm start`): three
 * KeyCRM orders from the Telegram bot (two paid), numbered like the Botobot sandbox's orders 1001-1003
 * so the delivery reference example 4 writes ("KeyCRM #1 · Botobot #1001") leads example 3 back to the Botobot order. The
 * end-to-end tests make their own data instead.
 */
export function seedDemoData(stores: { keyCrm: KeyCrmStore; aplaut: AplautStore }): void {
	const buyer = (full_name: string, email: string, phone: string) => ({ full_name, email, phone });
	const shipping = (street: string, phone: string) => ({
		shipping_address_city: 'Kyiv',
		shipping_secondary_line: street,
		recipient_phone: phone,
	});
	stores.keyCrm.addOrder({
		source_id: 2,
		source_uuid: '1001',
		shipping: shipping('Khreshchatyk St 22, apt 5', '+380501112233'),
		payment_status: 'paid',
		grand_total: 1250,
		buyer: buyer('Anna Koval', 'anna@example.com', '+380501112233'),
		products: [
			{ sku: 'TEA-001', name: 'Green tea 100 g', quantity: 2, price: 250 },
			{ sku: 'CUP-010', name: 'Ceramic cup', quantity: 1, price: 750 },
		],
	});
	stores.keyCrm.addOrder({
		source_id: 2,
		source_uuid: '1002',
		shipping: shipping('Sahaidachnoho St 10', '+380672223344'),
		payment_status: 'not_paid',
		grand_total: 400,
		buyer: buyer('Petro Shevchenko', 'petro@example.com', '+380672223344'),
		products: [{ sku: 'TEA-002', name: 'Black tea 100 g', quantity: 2, price: 200 }],
	});
	stores.keyCrm.addOrder({
		source_id: 2,
		source_uuid: '1003',
		shipping: shipping('Lesi Ukrainky Blvd 5', '+380933334455'),
		payment_status: 'paid',
		grand_total: 990,
		buyer: buyer('Iryna Bondar', 'iryna@example.com', '+380933334455'),
		products: [{ sku: 'SET-100', name: 'Tea gift set', quantity: 1, price: 990 }],
	});
	void stores.aplaut;
}
