import { DateTime } from 'luxon';

import { readPickedDate, readPickedDay } from '../../nodes/shared/dates/pickedDate';

describe('the one time-zone rule (readPickedDate)', () => {
	const iso = (value: unknown, zone: string) => readPickedDate(value, zone)?.toISO({ suppressMilliseconds: true });

	it.each([
		['2026-07-01T12:00:00', '2026-07-01T12:00:00+03:00'],
		['2026-07-01 12:00', '2026-07-01T12:00:00+03:00'],
		['2026-01-15T12:00:00', '2026-01-15T12:00:00+02:00'],
		['2026-07-01', '2026-07-01T00:00:00+03:00'],
		['2026-07-01T12:00:00Z', '2026-07-01T12:00:00Z'],
		['2026-07-01T12:00:00+05:00', '2026-07-01T12:00:00+05:00'],
		['2026-07-01 12:00:00Z', '2026-07-01T12:00:00Z'],
	])('%s in Europe/Kyiv → %s', (input, expected) => {
		expect(iso(input, 'Europe/Kyiv')).toBe(expected);
	});

	it('takes Date and DateTime values as moments, and refuses what is not a date', () => {
		expect(readPickedDate(new Date(Date.UTC(2026, 6, 1, 9)), 'Europe/Kyiv')?.toMillis()).toBe(Date.UTC(2026, 6, 1, 9));
		const moment = DateTime.fromISO('2026-07-01T09:00:00Z');
		expect(readPickedDate(moment, 'Asia/Tokyo')).toBe(moment);
		for (const value of ['tomorrow', '2026-02-31', '2026-07-01T25:00:00', '', '  ', 42, null, undefined, {}]) {
			expect(readPickedDate(value, 'Europe/Kyiv')).toBeUndefined();
		}
	});

	it('gives a calendar day as written, or in the zone for a moment', () => {
		expect(readPickedDay('2026-07-01', 'America/New_York')).toBe('2026-07-01');
		expect(readPickedDay('2026-07-01T23:30:00', 'Europe/Kyiv')).toBe('2026-07-01');
		expect(readPickedDay(new Date(Date.UTC(2026, 6, 1, 22, 30)), 'Europe/Kyiv')).toBe('2026-07-02');
	});
});
