import { numberParam } from '../core/paging';
import type { Query } from '../core/sandbox';

export type Row = Record<string, unknown> & { id: string };

let counter = 0;
const newId = () => (++counter).toString(16).padStart(24, '0');

/** Records by JSON:API type, in memory. */
export class AplautStore {
	records: Record<string, Row[]> = {};

	constructor() {
		this.reset();
	}

	reset(): void {
		this.records = { orders: [], products: [], consumers: [], reviews: [], questions: [], users: [] };
	}

	add(type: string, attributes: Record<string, unknown>): Row {
		const now = new Date().toISOString();
		const row: Row = { id: newId(), created_at: now, updated_at: now, ...attributes };
		(this.records[type] ??= []).push(row);
		return row;
	}

	/** `/orders/{id}` takes the internal id or the shop's order number. */
	findOrder(idOrNumber: string): Row | undefined {
		return this.records.orders.find((row) => row.id === idOrNumber || row.number === idOrNumber);
	}

	resource(type: string, row: Row) {
		const { id, ...attributes } = row;
		return { id, type, attributes };
	}

	/** A page of records with the documented per_page bounds (5–25) and page cap (50). */
	listDocument(type: string, query: Query) {
		const all = this.records[type] ?? [];
		const perPage = Math.min(25, Math.max(5, numberParam(query, 'per_page', 25)));
		const page = Math.min(50, Math.max(1, numberParam(query, 'page', 1)));
		const rows = all.slice((page - 1) * perPage, page * perPage);
		return {
			data: rows.map((row) => this.resource(type, row)),
			meta: { total: all.length, page, per_page: perPage, pages: Math.ceil(all.length / perPage) },
		};
	}
}
