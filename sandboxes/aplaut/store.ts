import type { Row } from './query';

export type { Row };

let counter = 0;
const newId = () => (++counter).toString(16).padStart(24, '0');

/** The attribute that holds a record's external id: `/orders/{id}` also takes the order number. */
const EXTERNAL_KEY: Record<string, string> = { orders: 'number' };

/** Records by JSON:API type, in memory, with the links Aplaut derives between them. */
export class AplautStore {
	records: Record<string, Row[]> = {};

	constructor() {
		this.reset();
	}

	reset(): void {
		this.records = {
			orders: [],
			products: [],
			consumers: [],
			reviews: [],
			comments: [],
			questions: [],
			answers: [],
			users: [],
			surveys: [],
			survey_responses: [],
			export_tasks: [],
		};
	}

	add(type: string, attributes: Record<string, unknown>): Row {
		const now = new Date().toISOString();
		const row: Row = { id: newId(), created_at: now, updated_at: now, ...attributes };
		(this.records[type] ??= []).push(row);
		return row;
	}

	all(type: string): Row[] {
		return this.records[type] ?? [];
	}

	/** By internal id or external id (order number for orders). */
	find(type: string, id: string): Row | undefined {
		const key = EXTERNAL_KEY[type] ?? 'external_id';
		return this.all(type).find((row) => row.id === id || (row[key] !== undefined && String(row[key]) === id));
	}

	findOrder(idOrNumber: string): Row | undefined {
		return this.find('orders', idOrNumber);
	}

	remove(type: string, row: Row): void {
		this.records[type] = this.all(type).filter((entry) => entry !== row);
	}

	/** Aplaut keeps one customer per email and links orders to it. */
	consumerFor(email: unknown, name: unknown): Row | undefined {
		if (typeof email !== 'string' || email === '') return undefined;
		return this.all('consumers').find((row) => row.email === email) ?? this.add('consumers', { email, name });
	}

	relationships(type: string, row: Row): Record<string, unknown> | undefined {
		const ref = (refType: string, target: Row | undefined) => (target ? { id: target.id, type: refType } : null);
		const product = (externalId: unknown) => this.all('products').find((entry) => entry.external_id === String(externalId));
		switch (type) {
			case 'orders': {
				const lines = Array.isArray(row.order_lines) ? (row.order_lines as Array<{ product_id?: unknown }>) : [];
				return {
					consumer: { data: ref('consumers', this.find('consumers', String(row.consumer_id ?? ''))) },
					product: { data: lines.map((line) => ref('products', product(line.product_id))).filter(Boolean) },
				};
			}
			case 'reviews':
				return { product: { data: ref('products', product(row.product_id)) } };
			case 'questions': {
				const answers = this.all('answers').filter((answer) => answer.question_id === row.id);
				return { product: { data: ref('products', product(row.product_id)) }, answers: { data: answers.map((answer) => ref('answers', answer)) } };
			}
			default:
				return undefined;
		}
	}

	resource(type: string, row: Row) {
		const { id, consumer_id: _consumer, question_id: _question, review_id: _review, ...attributes } = row;
		const relationships = this.relationships(type, row);
		return { id, type, attributes, ...(relationships ? { relationships } : {}) };
	}

	/** The records `include=` asks for, as JSON:API resources. */
	included(type: string, rows: Row[], include: string[]) {
		const seen = new Map<string, unknown>();
		for (const row of rows) {
			for (const [name, relationship] of Object.entries(this.relationships(type, row) ?? {})) {
				if (!include.includes(name)) continue;
				const data = (relationship as { data: unknown }).data;
				for (const ref of (Array.isArray(data) ? data : [data]) as Array<{ id: string; type: string } | null>) {
					const target = ref && this.find(ref.type, ref.id);
					if (ref && target) seen.set(`${ref.type}/${ref.id}`, this.resource(ref.type, target));
				}
			}
		}
		return [...seen.values()];
	}

	/** `count` records with the given attributes; `each(i)` adds per-record ones. */
	seed(type: string, count: number, each: (index: number) => Record<string, unknown> = () => ({})): Row[] {
		return Array.from({ length: count }, (_, index) => this.add(type, each(index)));
	}
}
