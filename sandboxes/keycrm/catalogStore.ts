import type { Row } from './store';

const T0 = '2026-11-01 09:00:00';

function seedCatalog() {
	const categories: Row[] = [
		{ id: 1, name: 'Shoes', parent_id: null },
		{ id: 2, name: 'Sneakers', parent_id: 1 },
		{ id: 3, name: 'Bags', parent_id: null },
	];
	const products: Row[] = [
		{ id: 1, name: 'Runner sneakers', sku: 'RUN-1', barcode: '4820000000011', price: 2400, purchased_price: 1300, currency_code: 'UAH', unit_type: 'pcs', category_id: 2, has_offers: true, is_archived: false, created_at: T0, updated_at: T0, custom_fields: [{ uuid: 'CT_1001', value: 'Mesh' }] },
		{ id: 2, name: 'Leather bag', sku: 'BAG-1', barcode: '4820000000028', price: 3100, purchased_price: 1800, currency_code: 'UAH', unit_type: 'pcs', category_id: 3, has_offers: false, is_archived: false, created_at: T0, updated_at: '2026-11-10 12:00:00', custom_fields: [] },
		{ id: 3, name: 'Old sandals', sku: 'SAN-1', barcode: null, price: 500, purchased_price: 200, currency_code: 'UAH', unit_type: 'pcs', category_id: 1, has_offers: false, is_archived: true, created_at: T0, updated_at: T0, custom_fields: [] },
	];
	const offers: Row[] = [
		{ id: 11, product_id: 1, sku: 'RUN-1-42', barcode: '4820000000042', price: 2400, purchased_price: 1300, quantity: 5, weight: 0.8, length: 32, width: 20, height: 12, is_archived: false, properties: [{ name: 'Size', value: '42' }] },
		{ id: 12, product_id: 1, sku: 'RUN-1-43', barcode: '4820000000043', price: 2400, purchased_price: 1300, quantity: 2, weight: 0.8, length: 32, width: 20, height: 12, is_archived: false, properties: [{ name: 'Size', value: '43' }] },
		{ id: 21, product_id: 2, sku: 'BAG-1', barcode: '4820000000028', price: 3100, purchased_price: 1800, quantity: 7, weight: 1.1, length: 40, width: 12, height: 30, is_archived: false, properties: [] },
	];
	const warehouses: Row[] = [
		{ id: 1, name: 'Main' },
		{ id: 2, name: 'Shop floor' },
	];
	// offer id → warehouse id → { quantity, reserve }
	const stock: Record<number, Record<number, { quantity: number; reserve: number }>> = {
		11: { 1: { quantity: 4, reserve: 1 }, 2: { quantity: 1, reserve: 0 } },
		12: { 1: { quantity: 2, reserve: 0 } },
		21: { 1: { quantity: 7, reserve: 2 } },
	};
	return { categories, products, offers, warehouses, stock };
}

function seedPeople() {
	const buyers: Row[] = [
		{ id: 1, full_name: 'Maria Koval', email: ['maria@example.com'], phone: ['+380501112233'], birthday: '1990-04-12', note: null, discount: 5, company_id: 1, manager_id: 1, created_at: T0, updated_at: T0, shipping: [{ city: 'Kyiv', address: 'Khreshchatyk 1', country: 'Ukraine' }], custom_fields: [{ uuid: 'CT_2001', value: 'VIP' }] },
		{ id: 2, full_name: 'Petro Bondar', email: ['petro@example.com'], phone: ['+380671234567'], birthday: null, note: 'Calls after 18:00', discount: 0, company_id: null, manager_id: 2, created_at: '2026-11-05 10:00:00', updated_at: '2026-11-06 10:00:00', shipping: [], custom_fields: [] },
	];
	const companies: Row[] = [{ id: 1, name: 'Koval LLC', title: 'Koval Trading LLC', bank_account: 'UA393287040000026006654312944', notes: null, manager_id: 1, created_at: T0, updated_at: T0, custom_fields: [] }];
	const calls: Row[] = [
		{ id: 1, type: 'incoming', state: 'completed', client_id: 1, user_id: 1, lead_id: 1, reference_id: 'ref-1', external_number: '+380501112233', duration: 30, created_at: T0 },
		{ id: 2, type: 'outgoing', state: 'completed', client_id: 2, user_id: 2, lead_id: null, reference_id: 'ref-2', external_number: '+380671234567', duration: 95, created_at: '2026-11-07 15:30:00' },
	];
	return { buyers, companies, calls };
}

function seedPipelines() {
	const pipelines: Row[] = [
		{ id: 1, name: 'Wholesale leads', target_type: 'lead_pipeline', use_payments: true, lead_type: 'request' },
		{ id: 2, name: 'Repairs', target_type: 'lead_pipeline', use_payments: false, lead_type: 'request' },
	];
	const statuses: Row[] = [
		{ id: 1, pipeline_id: 1, title: 'New', alias: 'new', is_final: false },
		{ id: 2, pipeline_id: 1, title: 'Negotiation', alias: 'negotiation', is_final: false },
		{ id: 3, pipeline_id: 1, title: 'Won', alias: 'won', is_final: true },
		{ id: 4, pipeline_id: 2, title: 'Received', alias: 'received', is_final: false },
		{ id: 5, pipeline_id: 2, title: 'Done', alias: 'done', is_final: true },
	];
	const cards: Row[] = [
		{ id: 1, title: 'Order for 40 pairs', pipeline_id: 1, status_id: 2, source_id: 1, manager_id: 1, contact_id: 1, contact: { id: 1, full_name: 'Maria Koval', client_id: 1 }, created_at: T0, updated_at: T0, products: [], payments: [{ id: 1, amount: 500, status: 'paid', payment_method_id: 1 }], custom_fields: [], attachments: [] },
		{ id: 2, title: 'Zip repair', pipeline_id: 2, status_id: 4, source_id: 2, manager_id: 2, contact_id: 2, contact: { id: 2, full_name: 'Petro Bondar', client_id: 2 }, created_at: '2026-11-08 11:00:00', updated_at: '2026-11-08 11:00:00', products: [], payments: [], custom_fields: [], attachments: [] },
	];
	return { pipelines, statuses, cards };
}

function seedMoney() {
	const files: Row[] = [
		{ id: 1, file_name: 'a1b2c3.pdf', original_file_name: 'invoice-1.pdf', extension: 'pdf', mime_type: 'application/pdf', size: 20480, url: 'https://openapi.keycrm.app/storage/a1b2c3.pdf', created_at: T0, updated_at: T0 },
		{ id: 2, file_name: 'd4e5f6.png', original_file_name: 'photo.png', extension: 'png', mime_type: 'image/png', size: 563263, url: 'https://openapi.keycrm.app/storage/d4e5f6.png', created_at: T0, updated_at: T0 },
	];
	// Order payments that external transactions attach to (order 1's payment 7).
	const payments: Row[] = [{ id: 7, order_id: 1, amount: 1200, status: 'not_paid', payment_method_id: 1, description: null, transactions: [] as Row[] }];
	const transactions: Row[] = [
		{ id: 1, uuid: 'tx-aaa', source_uuid: 'liqpay-481516', gateway_id: 1, amount: 1200, currency: 'UAH', is_attached: false, transaction_date: '2026-11-09 08:00:00', created_at: '2026-11-09 08:00:01' },
		{ id: 2, uuid: 'tx-bbb', source_uuid: 'mono-2342', gateway_id: 2, amount: 300, currency: 'UAH', is_attached: true, transaction_date: '2026-11-02 08:00:00', created_at: '2026-11-02 08:00:01' },
	];
	return { files, payments, transactions };
}

/** Buyers, catalog, stocks, pipelines, files and payments of the sandbox account, in memory. */
export class CatalogStore {
	data = this.seed();

	private nextIds: Record<string, number> = {};

	reset(): void {
		this.data = this.seed();
		this.nextIds = {};
	}

	/** A fresh id for a table, above everything seeded. */
	nextId(table: keyof ReturnType<CatalogStore['seed']>): number {
		const rows = this.data[table] as unknown;
		const highest = Array.isArray(rows) ? Math.max(0, ...rows.map((row: Row) => Number(row.id) || 0)) : 0;
		this.nextIds[table] = Math.max(this.nextIds[table] ?? 0, highest) + 1;
		return this.nextIds[table];
	}

	/** Seeds `count` more buyers, for paging tests. */
	seedBuyers(count: number): void {
		for (let i = 0; i < count; i++) {
			this.data.buyers.push({ id: this.nextId('buyers'), full_name: `Buyer ${i + 1}`, email: [], phone: [], created_at: T0, updated_at: T0 });
		}
	}

	private seed() {
		return { ...seedCatalog(), ...seedPeople(), ...seedPipelines(), ...seedMoney() };
	}
}

export function now(): string {
	return new Date().toISOString().replace('T', ' ').slice(0, 19);
}
