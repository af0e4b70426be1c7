/**
 * The lookback window behind a poll's watermark. Pure: no n8n imports.
 *
 * Services do not show records strictly in the order of their time stamps or ids: two writers, a
 * slow transaction, an import with its own time. A record can become visible after newer ones were
 * delivered. So every poll reads a window behind its watermark again and delivers only the keys it
 * has not delivered within that window. The keys are remembered with the time that places them in
 * the window (the record's own time for time watermarks, the time of delivery for id watermarks)
 * and forgotten once they fall out of it, at most MAX_REMEMBERED_KEYS of them.
 */
import { compareIds, maxId } from './orderedIds';
import type { RecordReader, TimeWatermark } from './watermark';

export const DEFAULT_LOOKBACK_MINUTES = 5;
export const MAX_LOOKBACK_MINUTES = 24 * 60;
export const MAX_REMEMBERED_KEYS = 5000;

/** [key, ms]: a delivered key and the time that places it in the window. */
export type RecentKeys = Array<[string, number]>;

/** What a poll keeps of its window between polls (in static data, next to its watermark). */
export interface LookbackMemory {
	recent: RecentKeys;
	/** Time watermarks: nothing at or before this is delivered again (keys dropped for room). */
	floorMs?: number;
	/** Id watermarks: the walk reads above this id (the newest id delivered before the window); '' reads every id. */
	floorId?: string;
}

/** The lookback setting in milliseconds: whole minutes between 0 and a day, the default otherwise. */
export function lookbackMs(minutes: unknown): number {
	const value = typeof minutes === 'number' && Number.isFinite(minutes) ? minutes : DEFAULT_LOOKBACK_MINUTES;
	return Math.round(Math.min(Math.max(value, 0), MAX_LOOKBACK_MINUTES)) * 60_000;
}

/**
 * Reads the memory back from static data. A state saved before there was a lookback has none: its
 * window then starts at its watermark (`sinceMs`), so what it delivered before is not repeated.
 */
export function readLookback(value: unknown, watermark?: TimeWatermark): LookbackMemory {
	if (typeof value !== 'object' || value === null) return watermark ? { recent: [], floorMs: watermark.sinceMs - 1 } : { recent: [] };
	const raw = value as Record<string, unknown>;
	const recent = Array.isArray(raw.recent)
		? (raw.recent as unknown[]).filter(
				(entry): entry is [string, number] =>
					Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number' && Number.isFinite(entry[1]),
			)
		: [];
	const memory: LookbackMemory = { recent };
	if (typeof raw.floorMs === 'number' && Number.isFinite(raw.floorMs)) memory.floorMs = raw.floorMs;
	if (typeof raw.floorId === 'string') memory.floorId = raw.floorId;
	return memory;
}

/** The keys placed at or after `fromMs`, the newest `max` of them, and the newest time dropped for room. */
export function keepRecent(recent: RecentKeys, fromMs: number, max = MAX_REMEMBERED_KEYS): { recent: RecentKeys; droppedUpToMs?: number } {
	const byKey = new Map<string, number>();
	for (const [key, at] of recent) if (at >= fromMs) byKey.set(key, Math.max(at, byKey.get(key) ?? at));
	const kept = [...byKey.entries()].sort((a, b) => a[1] - b[1]);
	if (kept.length <= max) return { recent: kept };
	const dropped = kept.slice(0, kept.length - max);
	const droppedUpToMs = dropped[dropped.length - 1][1];
	// Keys sharing the newest dropped time go too: the floor then keeps out all of that time.
	return { recent: kept.slice(kept.length - max).filter(([, at]) => at > droppedUpToMs), droppedUpToMs };
}

/** Where a time-watermark poll reads from: the lookback behind the watermark, never below the floor. */
export function windowStartMs(watermark: TimeWatermark, memory: LookbackMemory, lookback: number): number {
	const start = watermark.sinceMs - lookback;
	return memory.floorMs !== undefined ? Math.max(start, memory.floorMs + 1) : start;
}

/**
 * The records of a window read that were not delivered yet, oldest first, and the watermark and
 * memory after delivering them. A read that stopped early (`complete: false`, a page deadline)
 * keeps the watermark: the next poll reads the same window again and the memory keeps out what
 * was delivered now.
 */
export function newInTimeWindow<T>(
	records: T[],
	state: { watermark: TimeWatermark; memory: LookbackMemory },
	reader: RecordReader<T>,
	options: { lookbackMs: number; complete?: boolean; max?: number },
): { fresh: T[]; watermark: TimeWatermark; memory: LookbackMemory } {
	const { watermark, memory } = state;
	const startMs = windowStartMs(watermark, memory, options.lookbackMs);
	const known = new Set(memory.recent.map(([key]) => key));
	const atBoundary = new Set(watermark.keysAtSince);
	const boundaryKeyOf = (record: T) => (reader.boundaryKeyOf ?? reader.keyOf)(record);
	const fresh: Array<{ record: T; at: number; key: string }> = [];
	for (const record of records) {
		const at = reader.timeOf(record);
		if (at === undefined || Number.isNaN(at) || at < startMs) continue;
		const key = reader.keyOf(record);
		if (known.has(key) || (at === watermark.sinceMs && atBoundary.has(boundaryKeyOf(record)))) continue;
		known.add(key);
		fresh.push({ record, at, key });
	}
	fresh.sort((a, b) => a.at - b.at);
	let next = watermark;
	if (options.complete !== false && fresh.length > 0) {
		const newest = Math.max(watermark.sinceMs, fresh[fresh.length - 1].at);
		const atNewest = fresh.filter(({ at }) => at === newest).map(({ record }) => boundaryKeyOf(record));
		next = { sinceMs: newest, keysAtSince: newest === watermark.sinceMs ? [...new Set([...watermark.keysAtSince, ...atNewest])] : atNewest };
	}
	const kept = keepRecent([...memory.recent, ...fresh.map(({ key, at }): [string, number] => [key, at])], next.sinceMs - options.lookbackMs, options.max);
	const floorMs = kept.droppedUpToMs !== undefined ? Math.max(kept.droppedUpToMs, memory.floorMs ?? kept.droppedUpToMs) : memory.floorMs;
	return { fresh: fresh.map(({ record }) => record), watermark: next, memory: { recent: kept.recent, ...(floorMs !== undefined ? { floorMs } : {}) } };
}

/** The id an id-watermark walk reads above: the memory's floor, else the last id (a state from before the lookback). */
export function idFloor(memory: LookbackMemory, lastId: string | undefined): string | undefined {
	if (memory.floorId === undefined) return lastId;
	return memory.floorId === '' ? undefined : memory.floorId;
}

/**
 * For ids that grow with creation: the records above the floor not delivered within the window,
 * once each, oldest id first; the newest id; and the memory after delivering them at `nowMs`. Ids
 * delivered longer than the lookback ago settle: the floor moves up to the newest of them.
 */
export function newInIdWindow<T>(
	records: T[],
	state: { lastId: string | undefined; memory: LookbackMemory },
	idOf: (record: T) => string | undefined,
	options: { lookbackMs: number; nowMs: number; max?: number },
): { fresh: T[]; lastId: string | undefined; memory: LookbackMemory } {
	const floor = idFloor(state.memory, state.lastId);
	const known = new Set(state.memory.recent.map(([id]) => id));
	const byId = new Map<string, T>();
	for (const record of records) {
		const id = idOf(record);
		if (id === undefined || id === '' || known.has(id) || byId.has(id)) continue;
		if (floor === undefined || compareIds(id, floor) > 0) byId.set(id, record);
	}
	const fresh = [...byId.entries()].sort(([a], [b]) => compareIds(a, b));
	const delivered: RecentKeys = [...state.memory.recent, ...fresh.map(([id]): [string, number] => [id, options.nowMs])];
	const settledBefore = options.nowMs - options.lookbackMs;
	let floorId = maxId(
		delivered.filter(([, at]) => at < settledBefore).map(([id]) => id),
		floor,
	);
	let recent = delivered.filter(([id]) => floorId === undefined || compareIds(id, floorId) > 0);
	const max = options.max ?? MAX_REMEMBERED_KEYS;
	if (recent.length > max) {
		recent = [...recent].sort(([a], [b]) => compareIds(a, b));
		floorId = recent[recent.length - max - 1][0];
		recent = recent.slice(recent.length - max);
	}
	return {
		fresh: fresh.map(([, record]) => record),
		lastId: maxId(byId.keys(), state.lastId),
		memory: { recent, floorId: floorId ?? '' },
	};
}
