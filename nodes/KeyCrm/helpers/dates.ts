/**
 * KeyCRM reads and writes times as "YYYY-MM-DD HH:mm:ss" in UTC. Pure.
 *
 * Assumption: a value without a time zone (what n8n's date picker gives, or "2024-05-01 10:00")
 * is already UTC, as KeyCRM's own fields are; a value with "Z" or an offset is converted to UTC.
 */
const ZONED = /(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$/;

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

/** "YYYY-MM-DD HH:mm:ss" in UTC, or undefined when the text is not a date. */
export function toKeyCrmDateTime(value: unknown): string | undefined {
	if (value instanceof Date) return formatUtc(value);
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const text = value.trim();
	if (ZONED.test(text)) {
		const parsed = new Date(text);
		return Number.isNaN(parsed.getTime()) ? undefined : formatUtc(parsed);
	}
	const match = LOCAL.exec(text);
	if (!match) return undefined;
	const [, day, hours = '00', minutes = '00', seconds = '00'] = match;
	const asUtc = new Date(`${day}T${hours}:${minutes}:${seconds}Z`);
	// Rejects "2024-02-31" or "25:00", which the pattern alone lets through.
	if (Number.isNaN(asUtc.getTime()) || formatUtc(asUtc) !== `${day} ${hours}:${minutes}:${seconds}`) return undefined;
	return `${day} ${hours}:${minutes}:${seconds}`;
}

/** "YYYY-MM-DD" (the shipping date is a day, not a time). */
export function toKeyCrmDate(value: unknown): string | undefined {
	return toKeyCrmDateTime(value)?.slice(0, 10);
}

function formatUtc(date: Date): string {
	return (
		`${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
		`${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
	);
}

/**
 * A `*_between` filter value: "2020-08-24 00:00:00, 2020-09-22 23:59:59". A missing end means
 * "until now"; a missing start is an input problem the caller reports.
 */
export function betweenFilter(from: unknown, to: unknown, now: Date = new Date()): string | undefined {
	const start = toKeyCrmDateTime(from);
	if (start === undefined) return undefined;
	const end = toKeyCrmDateTime(to) ?? formatUtc(now);
	return `${start}, ${end}`;
}
