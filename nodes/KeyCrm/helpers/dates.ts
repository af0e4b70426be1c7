/**
 * KeyCRM reads and writes times as "YYYY-MM-DD HH:mm:ss" in UTC. What the user gives is read by the
 * package's one rule (`readPickedDate`): without an offset, in the workflow's time zone. Pure.
 */
import { readPickedDate, readPickedDay } from '../../shared/dates/pickedDate';

const KEYCRM_FORMAT = 'yyyy-MM-dd HH:mm:ss';

/** "YYYY-MM-DD HH:mm:ss" in UTC, or undefined when the value is not a date. */
export function toKeyCrmDateTime(value: unknown, zone: string): string | undefined {
	return readPickedDate(value, zone)?.toUTC().toFormat(KEYCRM_FORMAT);
}

/** "YYYY-MM-DD": a shipping date or a birthday is a day, not moved across time zones. */
export function toKeyCrmDate(value: unknown, zone: string): string | undefined {
	return readPickedDay(value, zone);
}

/**
 * A `*_between` filter value: "2020-08-24 00:00:00, 2020-09-22 23:59:59". A missing end means
 * "until now"; a missing start is an input problem the caller reports.
 */
export function betweenFilter(from: unknown, to: unknown, zone: string, now: Date = new Date()): string | undefined {
	const start = toKeyCrmDateTime(from, zone);
	if (start === undefined) return undefined;
	const end = toKeyCrmDateTime(to, zone) ?? toKeyCrmDateTime(now, zone);
	return `${start}, ${end}`;
}
