/** Botobot counts time in UNIX seconds; n8n's date pickers give local date-times. Pure. */
import { DateTime } from 'luxon';

import { readPickedDate } from '../../shared/dates/pickedDate';

/**
 * Seconds since 1970 of a picked date-time. A value without an offset is read in `zone` (the
 * workflow's time zone, which is what n8n's picker shows). Undefined when it is not a date.
 */
export function toUnixSeconds(value: unknown, zone: string): number | undefined {
	const date = readPickedDate(value, zone);
	return date === undefined ? undefined : Math.floor(date.toSeconds());
}

/** ISO 8601 (UTC) of a UNIX time; null for 0 or less, which Botobot uses for "not yet". */
export function fromUnixSeconds(seconds: number): string | null {
	if (!Number.isFinite(seconds) || seconds <= 0) return null;
	return DateTime.fromSeconds(seconds, { zone: 'utc' }).toISO();
}
