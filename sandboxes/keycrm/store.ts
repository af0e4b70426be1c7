import { laravelPage } from '../core/paging';
import type { Query } from '../core/sandbox';
import { seedOrderDictionaries, type OrderDictionaries } from './orderSeeds';

export type Row = Record<string, unknown>;

function seedUsers(): Row[] {
	return [
		{ id: 1, full_name: 'Olena Manager', email: 'olena@shop.test', role_id: 1, status: 'active' },
		{ id: 2, full_name: 'Ivan Sales', email: 'ivan@shop.test', role_id: 2, status: 'active' },
	];
}

/** The account's data, in memory. Starts from a small seed; `reset()` returns to it. */
export class KeyCrmStore {
	users: Row[] = [];

	orders: Row[] = [];

	orderDictionaries: OrderDictionaries = seedOrderDictionaries();

	private nextOrderId = 1;

	constructor() {
		this.reset();
	}

	reset(): void {
		this.users = seedUsers();
		this.orders = [];
		this.nextOrderId = 1;
		this.orderDictionaries = seedOrderDictionaries();
	}

	addOrder(fields: Row): Row {
		const now = new Date().toISOString().replace('T', ' ').slice(0, 19);
		const order: Row = { id: this.nextOrderId++, created_at: now, updated_at: now, status_id: 1, ...fields };
		// KeyCRM sets the order time at the source to the creation time unless it is given.
		order.ordered_at ??= order.created_at;
		this.orders.push(order);
		return order;
	}

	/** Seeds `count` orders for list tests. */
	seedOrders(count: number): void {
		for (let i = 0; i < count; i++) this.addOrder({ source_id: 1, buyer: { full_name: `Buyer ${i + 1}` }, grand_total: 100 + i });
	}

	page(rows: Row[], query: Query, path: string) {
		return laravelPage(rows, query, `https://openapi.keycrm.app/v1${path}`);
	}
}
