/**
 * Remembers deliveries so a repeated one starts no second execution — also when the copies arrive
 * at the same instant. Pure: no n8n imports.
 *
 * Two layers, because n8n loads a fresh copy of the workflow's static data for every webhook request
 * and saves it whole afterwards, without a lock:
 * - an in-process guard (module memory), checked and updated synchronously, so concurrent requests
 *   in one process can never both claim a key;
 * - the persisted list in static data, so a delivery seen before a restart, or by another process,
 *   is still recognised. Every write stores the union of what was persisted and what this process
 *   saw recently: a request whose save overwrote another's is repaired by the next one.
 */

export interface MemoryLimits {
	/** Most keys kept per trigger node (newest win). */
	maxEntries: number;
	/** How long a key is remembered. */
	windowMs: number;
}

export const DEFAULT_MEMORY_LIMITS: MemoryLimits = { maxEntries: 1000, windowMs: 7 * 24 * 60 * 60 * 1000 };

/** The static-data field of the persisted list: `[key, first seen (ms)]`, oldest first. */
export const PERSISTED_FIELD = 'deliveries';

type Entry = [string, number];

export type StaticStore = Record<string, unknown>;

function persistedEntries(store: StaticStore): Entry[] {
	const raw = store[PERSISTED_FIELD];
	if (!Array.isArray(raw)) return [];
	const entries: Entry[] = [];
	for (const entry of raw) {
		// Lists written before the time stamps (plain keys) still count, as seen just now.
		if (typeof entry === 'string') entries.push([entry, Number.NaN]);
		else if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number') entries.push([entry[0], entry[1]]);
	}
	return entries;
}

export class DeliveryGuard {
	private readonly scopes = new Map<string, Map<string, number>>();

	constructor(private readonly limits: MemoryLimits = DEFAULT_MEMORY_LIMITS) {}

	/**
	 * Claims a delivery key for one trigger node (`scope`). True: the first time — start the
	 * execution. False: a repeat. Synchronous on purpose: no other request runs between the check
	 * and the record.
	 */
	claim(scope: string, key: string, store: StaticStore, nowMs: number): boolean {
		const recent = this.recentOf(scope, nowMs);
		const stored = persistedEntries(store);
		const persisted = this.unexpired(stored, nowMs);
		const fresh = !recent.has(key) && !persisted.some(([seenKey]) => seenKey === key);
		if (fresh) recent.set(key, nowMs);
		const merged = this.merge(persisted, recent, nowMs);
		// Written only when it differs from what is stored, so a repeat rarely costs a save.
		const differs = merged.length !== stored.length || merged.some((entry, index) => entry[0] !== stored[index][0] || entry[1] !== stored[index][1]);
		if (fresh || differs) store[PERSISTED_FIELD] = merged;
		return fresh;
	}

	private unexpired(stored: Entry[], nowMs: number): Entry[] {
		return stored
			.map(([key, at]): Entry => [key, Number.isNaN(at) ? nowMs : at])
			.filter(([, at]) => nowMs - at < this.limits.windowMs);
	}

	private recentOf(scope: string, nowMs: number): Map<string, number> {
		let recent = this.scopes.get(scope);
		if (!recent) {
			recent = new Map();
			this.scopes.set(scope, recent);
		}
		for (const [key, at] of recent) {
			if (nowMs - at < this.limits.windowMs && recent.size <= this.limits.maxEntries) break;
			// Map keeps insertion order: the oldest come first.
			recent.delete(key);
		}
		return recent;
	}

	private merge(persisted: Entry[], recent: Map<string, number>, nowMs: number): Entry[] {
		const byKey = new Map<string, number>();
		for (const [key, at] of persisted) byKey.set(key, at);
		for (const [key, at] of recent) if (!byKey.has(key)) byKey.set(key, at);
		return [...byKey.entries()]
			.filter(([, at]) => nowMs - at < this.limits.windowMs)
			.sort((a, b) => a[1] - b[1])
			.slice(-this.limits.maxEntries);
	}
}
