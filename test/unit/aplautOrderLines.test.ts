import { AttributeError } from '../../nodes/Aplaut/helpers/attributes';
import { linesFromJson, linesFromRows } from '../../nodes/Aplaut/helpers/orderLines';

describe('Aplaut order lines', () => {
	it('takes UI rows; a price of 0 is not sent', () => {
		expect(linesFromRows([{ product_id: ' 45 ', name: 'Boots', price: 6800 }, { product_id: '7', name: 'Gift', price: 0 }])).toEqual([
			{ product_id: '45', name: 'Boots', price: 6800 },
			{ product_id: '7', name: 'Gift' },
		]);
		expect(linesFromRows([])).toBeUndefined();
		expect(linesFromRows(undefined)).toBeUndefined();
	});

	it('takes a JSON array as text or value, numbers as product IDs and prices as text', () => {
		expect(linesFromJson('[{"product_id": 45, "name": "Boots", "price": "6800.50"}]')).toEqual([
			{ product_id: '45', name: 'Boots', price: 6800.5 },
		]);
		expect(linesFromJson([{ product_id: 'a1' }])).toEqual([{ product_id: 'a1' }]);
		expect(linesFromJson('[]')).toBeUndefined();
		expect(linesFromJson('')).toBeUndefined();
	});

	it('refuses lines Aplaut could not match to a product', () => {
		expect(() => linesFromRows([{ product_id: '1' }, { product_id: '  ' }])).toThrow('Order line 2 has no Product ID');
		expect(() => linesFromJson('[{"name": "x"}]')).toThrow(AttributeError);
		expect(() => linesFromJson('{"product_id": 1}')).toThrow(/must be an array/);
		expect(() => linesFromJson('[1]')).toThrow(/not an object/);
		expect(() => linesFromJson('[{"product_id": 1, "price": "free"}]')).toThrow(/not a number: free/);
		expect(() => linesFromJson('[{')).toThrow(/not valid JSON/);
	});
});
