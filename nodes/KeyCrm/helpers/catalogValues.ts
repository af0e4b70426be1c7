import { toKeyCrmDate as keyCrmDay, toKeyCrmDateTime as keyCrmDateTime } from './dates';

/** Values of KeyCRM request bodies and filters, built from what the node's form holds. Pure. */

export type Plain = Record<string, unknown>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isValidEmail(value: string): boolean {
	return EMAIL.test(value.trim());
}

/** KeyCRM keeps times in UTC as "2020-08-24 00:00:00"; a form value is read in the workflow's timezone. */
export function toKeyCrmDateTime(value: string, zone: string): string {
	const text = keyCrmDateTime(value, zone);
	if (text === undefined) throw new Error(`"${value}" is not a date and time`);
	return text;
}

/** A calendar date (a birthday) is not moved across timezones. */
export function toKeyCrmDate(value: string, zone: string): string {
	const text = keyCrmDay(value, zone);
	if (text === undefined) throw new Error(`"${value}" is not a date`);
	return text;
}

// KeyCRM's filters take one "from, to" pair; an open end is bounded by the widest dates MySQL stores.
const OPEN_FROM = '1970-01-01 00:00:00';
const OPEN_TO = '9999-12-31 23:59:59';

export function toBetween(range: { from?: string; to?: string }, zone: string): string | undefined {
	const from = range.from ? toKeyCrmDateTime(range.from, zone) : undefined;
	const to = range.to ? toKeyCrmDateTime(range.to, zone) : undefined;
	if (from === undefined && to === undefined) return undefined;
	return `${from ?? OPEN_FROM}, ${to ?? OPEN_TO}`;
}

/** A list typed as several values or as one comma-separated text, as KeyCRM's comma filters want it. */
export function toCommaList(value: unknown): string | undefined {
	const parts = (Array.isArray(value) ? value : [value])
		.flatMap((entry) => (typeof entry === 'string' ? entry.split(',') : [entry]))
		.map((entry) => (entry === undefined || entry === null ? '' : String(entry).trim()))
		.filter((entry) => entry !== '');
	return parts.length > 0 ? parts.join(',') : undefined;
}

/** `zipCode` → `zip_code`: form names are camelCase, KeyCRM's keys snake_case. */
export function snakeCase(name: string): string {
	return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

export function isEmpty(value: unknown): boolean {
	if (value === undefined || value === null || value === '') return true;
	if (Array.isArray(value)) return value.length === 0;
	if (typeof value === 'object') return Object.keys(value as Plain).length === 0;
	return false;
}

export type FieldTransform = (value: unknown) => unknown;

/**
 * A form's values as an API body: camelCase names become KeyCRM's snake_case, empty values are left
 * out, and `transforms` reshape the values that are not sent as typed (lists, dates, nested entries).
 */
export function formToBody(values: Plain, transforms: Record<string, FieldTransform> = {}): Plain {
	const body: Plain = {};
	for (const [name, raw] of Object.entries(values)) {
		if (isEmpty(raw)) continue;
		const value = transforms[name] ? transforms[name](raw) : raw;
		if (isEmpty(value)) continue;
		body[snakeCase(name)] = value;
	}
	return body;
}

/** The entries of a repeatable group (`{ entry: [...] }` in n8n's fixedCollection) as plain objects. */
export function entriesOf(value: unknown, group: string): Plain[] {
	if (value === null || typeof value !== 'object') return [];
	const entries = (value as Plain)[group];
	return Array.isArray(entries) ? (entries as Plain[]) : [];
}
