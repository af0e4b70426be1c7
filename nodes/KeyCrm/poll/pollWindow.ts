/**
 * Time windows and status memory of the KeyCRM polling trigger. Pure: no n8n imports.
 *
 * KeyCRM writes times as "YYYY-MM-DD HH:MM:SS" in UTC and filters with `*_between` ranges that
 * include both ends, so a poll asks from its watermark's second onwards and `newSince` keeps out
 * what was delivered at exactly that second.
 */
import type { TimeWatermark } from '../../shared/trigger/poll/watermark';

const KEYCRM_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})/;

/** Milliseconds of a KeyCRM time, or undefined when it is not one. */
export function keyCrmTimeMs(value: unknown): number | undefined {
	if (typeof value !== 'string') return undefined;
	const match = KEYCRM_TIME.exec(value.trim());
	if (!match) return undefined;
	const ms = Date.parse(`${match[1]}T${match[2]}Z`);
	return Number.isNaN(ms) ? undefined : ms;
}

/** A time as KeyCRM takes it: "YYYY-MM-DD HH:MM:SS" in UTC, whole seconds. */
export function keyCrmTime(ms: number): string {
	return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * The `*_between` range of a poll: from the watermark's second to well past now. The far end
 * leaves room for a KeyCRM clock ahead of n8n's; nothing is ever stamped a day ahead.
 */
export function pollRange(watermark: TimeWatermark, nowMs: number): string {
	return `${keyCrmTime(watermark.sinceMs)}, ${keyCrmTime(nowMs + 24 * 60 * 60 * 1000)}`;
}

/** The first watermark: this second. Records stamped from this second on count as new. */
export function startingWatermark(nowMs: number): TimeWatermark {
	return { sinceMs: Math.floor(nowMs / 1000) * 1000, keysAtSince: [] };
}

/** What a status watch compares: e.g. `status_id` and `payment_status` of an order. */
export type StatusFields = string[];

/** id → [the watched fields' values joined, when last seen (ms)]. Kept in static data. */
export type StatusMemory = Record<string, [string, number]>;

export const MAX_REMEMBERED = 2000;

export interface StatusChangeRules {
	fields: StatusFields;
	/** The time a record says its status last changed (`status_changed_at`), for records not remembered. */
	changedAtOf?: (record: Record<string, unknown>) => number | undefined;
	/** Records changed at or after this (the watermark) count as changed when they are not remembered. */
	sinceMs: number;
}

function signatureOf(record: Record<string, unknown>, fields: StatusFields): string {
	return fields.map((field) => JSON.stringify(record[field] ?? null)).join('|');
}

/**
 * The records whose watched fields differ from what was seen last time, and the memory after
 * seeing them. A record never seen before counts as changed only when its own change time says
 * so (at or after the watermark); otherwise it is remembered without counting. The memory keeps
 * the most recently seen `max` records.
 */
export function changedRecords<T extends Record<string, unknown>>(
	records: T[],
	memory: StatusMemory,
	rules: StatusChangeRules,
	nowMs: number,
	max = MAX_REMEMBERED,
): { changed: T[]; memory: StatusMemory } {
	const next: StatusMemory = { ...memory };
	const changed: T[] = [];
	for (const record of records) {
		const id = String(record.id);
		const signature = signatureOf(record, rules.fields);
		const known = next[id];
		if (known ? known[0] !== signature : (rules.changedAtOf?.(record) ?? -1) >= rules.sinceMs) changed.push(record);
		next[id] = [signature, nowMs];
	}
	const entries = Object.entries(next);
	if (entries.length <= max) return { changed, memory: next };
	entries.sort((a, b) => b[1][1] - a[1][1]);
	return { changed, memory: Object.fromEntries(entries.slice(0, max)) };
}

/** Reads the memory back from static data, dropping anything malformed. */
export function readStatusMemory(value: unknown): StatusMemory {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
	const memory: StatusMemory = {};
	for (const [id, entry] of Object.entries(value as Record<string, unknown>)) {
		if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number') memory[id] = [entry[0], entry[1]];
	}
	return memory;
}
