import { AttributeError } from '../../nodes/Aplaut/helpers/attributes';
import { toRfc3339 } from '../../nodes/Aplaut/helpers/dates';

describe('Aplaut dates as RFC 3339', () => {
	it('reads a value without a zone in the workflow timezone', () => {
		expect(toRfc3339('2024-05-01T10:00:00', 'Europe/Kyiv', 'created_at')).toBe('2024-05-01T10:00:00+03:00');
		expect(toRfc3339('2024-05-01 10:00:00', 'UTC', 'created_at')).toBe('2024-05-01T10:00:00Z');
		expect(toRfc3339('2024-05-01', 'Europe/Kyiv', 'created_at')).toBe('2024-05-01T00:00:00+03:00');
	});

	it('keeps the offset a value carries', () => {
		expect(toRfc3339('2024-05-01T10:00:00+05:00', 'Europe/Kyiv', 'created_at')).toBe('2024-05-01T10:00:00+05:00');
		expect(toRfc3339('2024-05-01 10:00:00Z', 'Europe/Kyiv', 'created_at')).toBe('2024-05-01T10:00:00Z');
		expect(toRfc3339(new Date('2024-05-01T10:00:00.000Z'), 'Europe/Kyiv', 'created_at')).toBe('2024-05-01T10:00:00Z');
	});

	it('leaves empty values alone and refuses what is not a date', () => {
		expect(toRfc3339('', 'UTC', 'created_at')).toBe('');
		expect(toRfc3339(undefined, 'UTC', 'created_at')).toBeUndefined();
		expect(() => toRfc3339('yesterday', 'UTC', 'published_at')).toThrow(AttributeError);
		expect(() => toRfc3339('yesterday', 'UTC', 'published_at')).toThrow('published_at is not a date: "yesterday"');
	});
});
