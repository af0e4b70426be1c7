/** Turning what the user entered into JSON:API attributes. Pure. */

import { toRfc3339 } from './dates';
import { AttributeError } from './inputError';

type Json = Record<string, unknown>;

export { AttributeError };

/** Drops keys the user left empty, so an update never blanks a field by accident. */
export function compact(attributes: Json): Json {
	const result: Json = {};
	for (const [key, value] of Object.entries(attributes)) {
		if (value === undefined || value === null || value === '') continue;
		if (Array.isArray(value) && value.length === 0) continue;
		result[key] = value;
	}
	return result;
}

/** `[{key, value}]` from a fixed collection → `{key: value}`; rows without a key are skipped. */
export function pairsToObject(pairs: Array<{ key?: unknown; value?: unknown }> | undefined): Json {
	const result: Json = {};
	for (const pair of pairs ?? []) {
		const key = typeof pair.key === 'string' ? pair.key.trim() : '';
		if (key !== '') result[key] = pair.value ?? '';
	}
	return result;
}

/** "a, b\nc" or an array (from an expression) → ["a", "b", "c"]. */
export function splitList(value: unknown): string[] {
	const entries = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\n,]/) : [];
	return entries.map((entry) => String(entry).trim()).filter((entry) => entry !== '');
}

/** A JSON object typed by the user (or given by an expression); empty means none. */
export function parseJsonObject(value: unknown, what: string): Json {
	if (value === undefined || value === null || value === '') return {};
	let parsed: unknown = value;
	if (typeof value === 'string') {
		let valid = true;
		try {
			parsed = JSON.parse(value);
		} catch {
			valid = false;
		}
		if (!valid) throw new AttributeError(`${what} is not valid JSON`);
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		throw new AttributeError(`${what} must be a JSON object`);
	}
	return parsed as Json;
}

/** How a UI value becomes an attribute value. */
export type AttributeKind = 'list' | 'pairs' | 'json' | 'date';

/**
 * Turns a collection of UI values keyed by attribute name into attributes: lists split, key/value
 * rows (`{pairs: [{key, value}]}`) and JSON objects parsed, dates written as RFC 3339 (read in
 * `zone` when they carry no offset), empty values dropped.
 */
export function shapeAttributes(values: Json, kinds: Record<string, AttributeKind> = {}, zone = 'UTC'): Json {
	const result: Json = {};
	for (const [key, value] of Object.entries(values)) {
		const kind = kinds[key];
		if (kind === 'list') result[key] = splitList(value);
		else if (kind === 'date') result[key] = toRfc3339(value, zone, key);
		else if (kind === 'pairs') {
			const rows = (value as { pairs?: Array<{ key?: unknown; value?: unknown }> } | undefined)?.pairs;
			const object = pairsToObject(rows);
			if (Object.keys(object).length > 0) result[key] = object;
		} else if (kind === 'json') {
			const object = parseJsonObject(value, key);
			if (Object.keys(object).length > 0) result[key] = object;
		} else result[key] = value;
	}
	return compact(result);
}
