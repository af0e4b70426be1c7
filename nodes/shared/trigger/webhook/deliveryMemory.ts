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
	/** How long a key is remembered at most. */
	windowMs: number;
	/** Above this many keys per trigger node the oldest go, but only those past the retry horizon. */
	maxEntries: number;
	/**
	 * How long a sender may still retry a delivery: keys younger than this survive the count limit,
	 * so a flood of new deliveries cannot push out one that is still being retried. Default 0.
	 */
	retryHorizonMs?: number;
	/** The bound that holds whatever the age (memory and static data stay finite). Default maxEntries. */
	hardMaxEntries?: number;
}

export const DEFAULT_MEMORY_LIMITS: MemoryLimits = {
	windowMs: 7 * 24 * 60 * 60 * 1000,
	maxEntries: 1000,
	retryHorizonMs: 24 * 60 * 60 * 1000,
	hardMaxEntries: 10_000,
};

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

	private readonly horizonMs: number;

	private readonly hardMax: number;

	constructor(private readonly limits: MemoryLimits = DEFAULT_MEMORY_LIMITS) {
		this.horizonMs = limits.retryHorizonMs ?? 0;
		this.hardMax = Math.max(limits.hardMaxEntries ?? limits.maxEntries, limits.maxEntries);
	}

	/**
	 * Claims a delivery for one trigger node (`scope`) under one or more keys (e.g. its id and a hash
	 * of its content). True: none of the keys was seen — start the execution; all of them are then
	 * remembered. False: a repeat, and nothing new is remembered (so repeats cannot push anything
	 * out). Synchronous on purpose: no other request runs between the check and the record.
	 */
	claim(scope: string, keys: string | string[], store: StaticStore, nowMs: number): boolean {
		const wanted = (Array.isArray(keys) ? keys : [keys]).filter((key) => key !== '');
		const recent = this.recentOf(scope, nowMs);
		const stored = persistedEntries(store);
		const persisted = this.unexpired(stored, nowMs);
		const persistedKeys = new Set(persisted.map(([key]) => key));
		const fresh = wanted.every((key) => !recent.has(key) && !persistedKeys.has(key));
		if (fresh) for (const key of wanted) recent.set(key, nowMs);
		const merged = this.merge(persisted, recent, nowMs);
		// Written only when it differs from what is stored, so a repeat rarely costs a save.
		const differs = merged.length !== stored.length || merged.some((entry, index) => entry[0] !== stored[index][0] || entry[1] !== stored[index][1]);
		if (fresh || differs) store[PERSISTED_FIELD] = merged;
		return fresh;
	}

	/** Whether the oldest of `count` entries, first seen at `at`, goes. */
	private drops(count: number, at: number, nowMs: number): boolean {
		const age = nowMs - at;
		if (age >= this.limits.windowMs || count > this.hardMax) return true;
		return count > this.limits.maxEntries && age >= this.horizonMs;
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
		// Map keeps insertion order: the oldest come first.
		for (const [key, at] of recent) {
			if (!this.drops(recent.size, at, nowMs)) break;
			recent.delete(key);
		}
		return recent;
	}

	private merge(persisted: Entry[], recent: Map<string, number>, nowMs: number): Entry[] {
		const byKey = new Map<string, number>();
		for (const [key, at] of persisted) byKey.set(key, at);
		for (const [key, at] of recent) if (!byKey.has(key)) byKey.set(key, at);
		const sorted = [...byKey.entries()].sort((a, b) => a[1] - b[1]);
		let first = 0;
		while (first < sorted.length && this.drops(sorted.length - first, sorted[first][1], nowMs)) first++;
		return sorted.slice(first);
	}
}
