import {
	entriesOf,
	formToBody,
	isValidEmail,
	snakeCase,
	toBetween,
	toCommaList,
	toKeyCrmDate,
	toKeyCrmDateTime,
} from '../../nodes/KeyCrm/helpers/catalogValues';

describe('KeyCRM catalog values', () => {
	it('turns a form time in the workflow timezone into KeyCRM UTC text', () => {
		expect(toKeyCrmDateTime('2026-07-01T12:00:00', 'Europe/Kyiv')).toBe('2026-07-01 09:00:00');
		expect(toKeyCrmDateTime('2026-01-01T12:00:00', 'Europe/Kyiv')).toBe('2026-01-01 10:00:00');
		expect(toKeyCrmDateTime('2026-01-01T12:00:00+00:00', 'Europe/Kyiv')).toBe('2026-01-01 12:00:00');
		expect(toKeyCrmDateTime('2026-01-01 12:00:00', 'UTC')).toBe('2026-01-01 12:00:00');
		expect(() => toKeyCrmDateTime('next tuesday', 'UTC')).toThrow('"next tuesday" is not a date and time');
	});

	it('keeps a calendar date as it is', () => {
		expect(toKeyCrmDate('1990-04-12T00:00:00', 'Pacific/Auckland')).toBe('1990-04-12');
	});

	it('builds a between filter, open ends bounded', () => {
		expect(toBetween({ from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z' }, 'UTC')).toBe('2026-11-01 00:00:00, 2026-11-02 00:00:00');
		expect(toBetween({ from: '2026-11-01T00:00:00Z' }, 'UTC')).toBe('2026-11-01 00:00:00, 9999-12-31 23:59:59');
		expect(toBetween({ to: '2026-11-01T00:00:00Z' }, 'UTC')).toBe('1970-01-01 00:00:00, 2026-11-01 00:00:00');
		expect(toBetween({}, 'UTC')).toBeUndefined();
	});

	it('joins list values, split or not, without blanks', () => {
		expect(toCommaList(['1', ' 2 ', '', '3,4'])).toBe('1,2,3,4');
		expect(toCommaList([5, 6])).toBe('5,6');
		expect(toCommaList('a, b')).toBe('a,b');
		expect(toCommaList([])).toBeUndefined();
		expect(toCommaList(['', ' '])).toBeUndefined();
	});

	it('makes a KeyCRM body of form values', () => {
		expect(snakeCase('recipientFullName')).toBe('recipient_full_name');
		expect(
			formToBody(
				{ fullName: 'A', note: '', email: [], discount: 0, managerId: '', shipping: { entry: [{ zipCode: '1' }] } },
				{ shipping: (value) => entriesOf(value, 'entry') },
			),
		).toEqual({ full_name: 'A', discount: 0, shipping: [{ zipCode: '1' }] });
	});

	it('checks emails', () => {
		expect(isValidEmail('a@b.co')).toBe(true);
		expect(isValidEmail('a@b')).toBe(false);
		expect(isValidEmail('a b@c.de')).toBe(false);
	});
});
