/** Order lines from UI rows or from JSON (e.g. a CRM order's products mapped by an expression). Pure. */

import { compact } from './attributes';
import { AttributeError } from './inputError';

export interface OrderLine {
	product_id: string;
	name?: string;
	price?: number;
}

function toLine(entry: unknown, index: number): OrderLine {
	if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
		throw new AttributeError(`Order line ${index + 1} is not an object with product_id, name and price`);
	}
	const { product_id: productId, name, price } = entry as Record<string, unknown>;
	const id = productId === undefined || productId === null ? '' : String(productId).trim();
	if (id === '') throw new AttributeError(`Order line ${index + 1} has no Product ID`);
	let amount: number | undefined;
	if (price !== undefined && price !== null && price !== '') {
		amount = typeof price === 'number' ? price : Number(String(price).replace(',', '.'));
		if (!Number.isFinite(amount)) throw new AttributeError(`Order line ${index + 1} has a price that is not a number: ${String(price)}`);
	}
	return compact({ product_id: id, name: typeof name === 'string' ? name : name === undefined ? undefined : String(name), price: amount }) as unknown as OrderLine;
}

/** Rows of the Order Lines collection; a price of 0 means "not given". */
export function linesFromRows(rows: Array<{ product_id?: unknown; name?: unknown; price?: unknown }> | undefined): OrderLine[] | undefined {
	if (!rows || rows.length === 0) return undefined;
	return rows.map((row, index) => toLine({ ...row, price: row.price === 0 ? undefined : row.price }, index));
}

/** A JSON array (text or value) of `{product_id, name?, price?}`; empty means none. */
export function linesFromJson(value: unknown): OrderLine[] | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	let parsed: unknown = value;
	if (typeof value === 'string') {
		let valid = true;
		try {
			parsed = JSON.parse(value);
		} catch {
			valid = false;
		}
		if (!valid) throw new AttributeError('Order Lines (JSON) is not valid JSON');
	}
	if (!Array.isArray(parsed)) throw new AttributeError('Order Lines (JSON) must be an array of lines');
	return parsed.length === 0 ? undefined : parsed.map(toLine);
}
