/**
 * Reading a KeyCRM order the way KeyCRM Trigger (Fetch Full Record), KeyCRM Poll Trigger and
 * KeyCRM Order → Get / Get Many hand it over (`OrderWithIncludes` of KeyCRM's OpenAPI 1.2.0), for the
 * presets that map it into another service. Pure.
 */
export type Json = Record<string, unknown>;

export const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string or number as trimmed text; undefined when empty or of another kind. */
export function textOf(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	return text === '' ? undefined : text;
}

/** A number, or a numeric text; undefined otherwise. */
export function numberOf(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	const text = textOf(value);
	if (text === undefined) return undefined;
	const number = Number(text.replace(',', '.'));
	return Number.isFinite(number) ? number : undefined;
}

/** The related record KeyCRM returns only with `include=<name>` (buyer, shipping…), if the item has it. */
export const relation = (order: Json, name: string): Json | undefined => (isRecord(order[name]) ? (order[name] as Json) : undefined);

/**
 * The message for a field the preset needs but the item lacks: which field, and which node (with
 * which Include) gives it, e.g. "The item has no `buyer.email` — connect …".
 */
export function missingFromKeyCrmOrder(field: string, include?: string): string {
	const withInclude = include ? ` with Include "${include}"` : '';
	return (
		`The item has no \`${field}\` — connect a KeyCRM Trigger (Fetch Full Record${include ? `, Include "${include}"` : ''}), ` +
		`KeyCRM Poll Trigger${withInclude} or KeyCRM Order → Get / Get Many${withInclude} before this node`
	);
}

/** KeyCRM's `2024-05-01 10:00:00` is UTC (its OpenAPI says so for every date): written as RFC 3339. */
export function keyCrmTimeToIso(value: unknown): string | undefined {
	const text = textOf(value);
	if (text === undefined) return undefined;
	const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})$/.exec(text);
	return match ? `${match[1]}T${match[2]}Z` : text;
}
