/**
 * Ids that grow with creation, compared as the service orders them. Pure: no n8n imports.
 *
 * Aplaut's ids are hexadecimal object ids (24 or 32 characters), Botobot's are numbers: too long
 * for a JavaScript number, so they are compared as text — numeric strings by value, others by
 * length, then character by character (how a database orders fixed-width hex ids).
 */

const DIGITS = /^\d+$/;

export function compareIds(a: string, b: string): number {
	if (DIGITS.test(a) && DIGITS.test(b)) {
		const [x, y] = [BigInt(a), BigInt(b)];
		return x === y ? 0 : x < y ? -1 : 1;
	}
	if (a.length !== b.length) return a.length - b.length;
	return a < b ? -1 : a > b ? 1 : 0;
}

/** The newest of some ids, or `fallback` when there are none. */
export function maxId(ids: Iterable<string>, fallback?: string): string | undefined {
	let best = fallback;
	for (const id of ids) if (best === undefined || compareIds(id, best) > 0) best = id;
	return best;
}

/**
 * For "new records" recipes (`id > last`): the records above the last delivered id, once each,
 * oldest first, and the new last id. Without a last id (nothing existed yet) every record is new.
 */
export function newAboveKey<T>(
	records: T[],
	lastId: string | undefined,
	idOf: (record: T) => string | undefined,
): { fresh: T[]; lastId: string | undefined } {
	const byId = new Map<string, T>();
	for (const record of records) {
		const id = idOf(record);
		if (id === undefined || id === '' || byId.has(id)) continue;
		if (lastId === undefined || compareIds(id, lastId) > 0) byId.set(id, record);
	}
	const fresh = [...byId.entries()].sort(([a], [b]) => compareIds(a, b));
	return { fresh: fresh.map(([, record]) => record), lastId: maxId(byId.keys(), lastId) };
}
