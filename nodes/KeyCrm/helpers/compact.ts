/** Turning form values into request bodies. Pure. */

export type Fields = Record<string, unknown>;

function isEmpty(value: unknown): boolean {
	if (value === undefined || value === null || value === '') return true;
	if (Array.isArray(value)) return value.length === 0;
	if (typeof value === 'object') return Object.keys(value as object).length === 0;
	return false;
}

/** A copy without empty strings, empty lists and empty objects (n8n keeps cleared fields as ""). */
export function compact(fields: Fields): Fields {
	const result: Fields = {};
	for (const [key, value] of Object.entries(fields)) {
		if (!isEmpty(value)) result[key] = value;
	}
	return result;
}

/** The entries of a repeatable fixedCollection group: `{ group: [...] }` → `[...]`. */
export function groupEntries(collection: unknown, group: string): Fields[] {
	if (typeof collection !== 'object' || collection === null) return [];
	const entries = (collection as Fields)[group];
	return Array.isArray(entries) ? (entries as Fields[]) : [];
}

/** "a, b ,c" → ["a", "b", "c"]; an array is kept (trimmed); empty parts are dropped. */
export function splitList(value: unknown): string[] {
	const parts = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
	return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** Numeric ids picked in a dropdown arrive as strings or numbers; the API wants numbers. */
export function idOf(value: unknown): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const id = Number(value);
	return Number.isFinite(id) ? id : undefined;
}
