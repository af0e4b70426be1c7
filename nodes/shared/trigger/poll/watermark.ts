/**
 * Polling watermarks. Pure: no n8n imports.
 *
 * A watermark is the newest time a poll has delivered, with the ids delivered at exactly that time
 * (services filter with `>=` on whole seconds, so records at the boundary come back on the next
 * poll: they are kept out by id, and records that arrive later in the same second are not lost).
 * The caller stores the next watermark only after every page was read and the items were handed to
 * n8n: a failed poll throws before that, so the watermark stays where it was.
 */

export interface TimeWatermark {
	/** Milliseconds since the epoch of the newest delivered record. */
	sinceMs: number;
	/** Keys (id, or id + version) delivered at exactly `sinceMs`. */
	keysAtSince: string[];
}

export interface RecordReader<T> {
	timeOf(record: T): number | undefined;
	keyOf(record: T): string;
	/** The key kept in `keysAtSince`, when it differs from `keyOf` (an id where keyOf adds the version). */
	boundaryKeyOf?(record: T): string;
}

/**
 * The records a poll has not delivered yet, oldest first, and the watermark after delivering them.
 * Records without a readable time are skipped (they cannot be placed against the watermark).
 */
export function newSince<T>(records: T[], watermark: TimeWatermark, reader: RecordReader<T>): { fresh: T[]; next: TimeWatermark } {
	const known = new Set(watermark.keysAtSince);
	const seenNow = new Set<string>();
	const fresh: Array<{ record: T; at: number }> = [];
	for (const record of records) {
		const at = reader.timeOf(record);
		if (at === undefined || Number.isNaN(at) || at < watermark.sinceMs) continue;
		const key = reader.keyOf(record);
		if ((at === watermark.sinceMs && known.has(key)) || seenNow.has(`${at}|${key}`)) continue;
		seenNow.add(`${at}|${key}`);
		fresh.push({ record, at });
	}
	fresh.sort((a, b) => a.at - b.at);
	if (fresh.length === 0) return { fresh: [], next: watermark };
	const newest = fresh[fresh.length - 1].at;
	const atNewest = fresh.filter(({ at }) => at === newest).map(({ record }) => reader.keyOf(record));
	const keysAtSince = newest === watermark.sinceMs ? [...new Set([...watermark.keysAtSince, ...atNewest])] : atNewest;
	return { fresh: fresh.map(({ record }) => record), next: { sinceMs: newest, keysAtSince } };
}

/** Reads a watermark back from static data; undefined when there is none (the first poll). */
export function readWatermark(value: unknown): TimeWatermark | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const { sinceMs, keysAtSince } = value as Partial<TimeWatermark>;
	if (typeof sinceMs !== 'number' || !Number.isFinite(sinceMs)) return undefined;
	return { sinceMs, keysAtSince: Array.isArray(keysAtSince) ? keysAtSince.filter((key) => typeof key === 'string') : [] };
}
