import { readPickedDate } from '../../shared/dates/pickedDate';
import { AttributeError } from './inputError';

/**
 * Aplaut takes date-times as RFC 3339 (`2024-05-01T10:00:00+03:00`). A value without a zone (the
 * date picker, a CRM's "2024-05-01 10:00:00") is read in `zone`, the workflow's timezone; a value with
 * an offset keeps it (the package's one rule, `readPickedDate`). Pure.
 */
export function toRfc3339(value: unknown, zone: string, what: string): unknown {
	if (value instanceof Date) return readPickedDate(value, 'UTC')?.toISO({ suppressMilliseconds: true });
	if (typeof value !== 'string' || value.trim() === '') return value;
	const date = readPickedDate(value, zone);
	if (!date) throw new AttributeError(`${what} is not a date: "${value.trim()}"`);
	return date.toISO({ suppressMilliseconds: true });
}
