import { buildFilter, buildSort, ExpressionError } from '../../nodes/Aplaut/helpers/queryExpressions';

describe('Aplaut filter expression', () => {
	it('joins conditions as field:operator:value with commas', () => {
		expect(
			buildFilter([
				{ field: 'rating', operator: 'gt', value: '3' },
				{ field: 'product', operator: 'eq', value: 475 },
			]),
		).toBe('rating:gt:3,product:eq:475');
	});

	it('joins "in" values with | whether the user typed commas or pipes', () => {
		expect(buildFilter([{ field: 'rating', operator: 'in', value: '3, 4|5' }])).toBe('rating:in:3|4|5');
		expect(buildFilter([{ field: 'external_id', operator: 'in', value: ['a225', 'a226'] }])).toBe('external_id:in:a225|a226');
	});

	it('writes exists as true or false', () => {
		expect(buildFilter([{ field: 'pros', operator: 'exists', value: '' }])).toBe('pros:exists:true');
		expect(buildFilter([{ field: 'pros', operator: 'exists', value: 'false' }])).toBe('pros:exists:false');
		expect(buildFilter([{ field: 'pros', operator: 'exists', value: false }])).toBe('pros:exists:false');
	});

	it('keeps colons of a date-time value intact', () => {
		expect(buildFilter([{ field: 'created_at', operator: 'gte', value: '2016-04-12T23:20:50.52Z' }])).toBe(
			'created_at:gte:2016-04-12T23:20:50.52Z',
		);
	});

	it('writes a Date as ISO text', () => {
		expect(buildFilter([{ field: 'updated_at', operator: 'lt', value: new Date('2024-01-02T03:04:05Z') }])).toBe(
			'updated_at:lt:2024-01-02T03:04:05.000Z',
		);
	});

	it('returns undefined without conditions', () => {
		expect(buildFilter([])).toBeUndefined();
		expect(buildFilter(undefined)).toBeUndefined();
	});

	it('refuses what Aplaut could not read', () => {
		expect(() => buildFilter([{ field: '', operator: 'eq', value: '1' }])).toThrow(ExpressionError);
		expect(() => buildFilter([{ field: 'rating', operator: 'like', value: '1' }])).toThrow(/Unknown filter operator "like"/);
		expect(() => buildFilter([{ field: 'rating', operator: 'eq', value: '  ' }])).toThrow(/no value/);
		expect(() => buildFilter([{ field: 'name', operator: 'eq', value: 'a,b' }])).toThrow(/comma/);
		expect(() => buildFilter([{ field: 'rating', operator: 'in', value: ' | ' }])).toThrow(/no values/);
	});

	it('caps the number of "in" values when asked (scrolls take 25)', () => {
		const values = Array.from({ length: 26 }, (_, index) => String(index)).join('|');
		expect(() => buildFilter([{ field: 'product_id', operator: 'in', value: values }], { maxInValues: 25 })).toThrow(/at most 25/);
		expect(buildFilter([{ field: 'product_id', operator: 'in', value: values }])).toContain('product_id:in:0|1|');
	});
});

describe('Aplaut sort expression', () => {
	it('joins rules as field:direction', () => {
		expect(
			buildSort([
				{ field: 'rating', direction: 'desc' },
				{ field: 'created_at', direction: 'asc' },
			]),
		).toBe('rating:desc,created_at:asc');
	});

	it('defaults to ascending and refuses other directions', () => {
		expect(buildSort([{ field: 'updated_at' }])).toBe('updated_at:asc');
		expect(() => buildSort([{ field: 'rating', direction: 'up' }])).toThrow(/asc or desc/);
		expect(() => buildSort([{ field: ' ', direction: 'asc' }])).toThrow(/no field/);
		expect(buildSort([])).toBeUndefined();
	});
});
