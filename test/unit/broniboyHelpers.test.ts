import { earliestPickupTime } from '../../nodes/Broniboy/helpers/pickupTimes';
import { buildWeek, normalizeTime, readWeek } from '../../nodes/Broniboy/helpers/weekSchedule';

describe('earliestPickupTime', () => {
	it('returns the earliest time as the service wrote it, from strings or objects', () => {
		expect(earliestPickupTime(['2026-11-22T12:30:00+03:00', '2026-11-22T09:15:00Z', '2026-11-22T12:00:00+03:00'])).toBe('2026-11-22T12:00:00+03:00');
		expect(earliestPickupTime([{ time: '2026-11-22T10:00:00Z' }, { from: '2026-11-22T09:00:00Z' }])).toBe('2026-11-22T09:00:00Z');
	});

	it('returns undefined when nothing usable is offered', () => {
		expect(earliestPickupTime([])).toBeUndefined();
		expect(earliestPickupTime(undefined)).toBeUndefined();
		expect(earliestPickupTime(['soon', 5, null])).toBeUndefined();
	});
});

describe('weekly schedule', () => {
	it('normalizes times', () => {
		expect(normalizeTime('9:05')).toBe('09:05');
		expect(normalizeTime(' 23:59:30 ')).toBe('23:59:30');
		expect(normalizeTime('24:00')).toBeUndefined();
		expect(normalizeTime('9.30')).toBeUndefined();
	});

	it('builds seven pairs from the usual hours and exceptions, Monday first', () => {
		const week = buildWeek({ opensAt: '10:00', closesAt: '22:00' }, [{ day: 'sunday', opensAt: '12:00', closesAt: '18:00' }]);
		expect(week).toHaveLength(7);
		expect(week[0]).toEqual(['10:00', '22:00']);
		expect(week[6]).toEqual(['12:00', '18:00']);
	});

	it('throws readable messages for bad input', () => {
		expect(() => buildWeek({ opensAt: '', closesAt: '22:00' })).toThrow('Usual hours');
		expect(() => buildWeek({ opensAt: '10:00', closesAt: '22:00' }, [{ day: 'funday' as never, opensAt: '1:00', closesAt: '2:00' }])).toThrow('Unknown day');
	});

	it('reads seven pairs as named days', () => {
		expect(readWeek([['10:00', '22:00']])).toEqual({ monday: { opensAt: '10:00', closesAt: '22:00' } });
		expect(readWeek({ odd: true })).toEqual({ schedule: { odd: true } });
	});
});
