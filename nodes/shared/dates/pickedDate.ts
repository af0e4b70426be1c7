import { DateTime } from 'luxon';

/**
 * The one time-zone rule of this package, for every node: a date or date-time the user gives
 * without an offset (n8n's date picker, "2024-05-01 10:00", "2024-05-01") is read in `zone`, the
 * workflow's time zone (`this.getTimezone()`); a value with "Z" or an offset keeps it; a Date or a
 * luxon DateTime is a moment already. Undefined when the value is not a date. Pure.
 */
export function readPickedDate(value: unknown, zone: string): DateTime | undefined {
	let date: DateTime | undefined;
	if (DateTime.isDateTime(value)) date = value;
	else if (value instanceof Date) date = DateTime.fromJSDate(value, { zone });
	else if (typeof value === 'string' && value.trim() !== '') {
		const text = value.trim();
		date = DateTime.fromISO(text, { zone, setZone: true });
		if (!date.isValid) date = DateTime.fromSQL(text, { zone, setZone: true });
	}
	return date?.isValid ? date : undefined;
}

/** A calendar day (a shipping date, a birthday) as written, or in `zone` for a moment: `YYYY-MM-DD`. */
export function readPickedDay(value: unknown, zone: string): string | undefined {
	return readPickedDate(value, zone)?.toFormat('yyyy-MM-dd');
}
