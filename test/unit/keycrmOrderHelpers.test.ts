import { compact, splitList } from '../../nodes/KeyCrm/helpers/compact';
import { betweenFilter, toKeyCrmDate, toKeyCrmDateTime } from '../../nodes/KeyCrm/helpers/dates';
import { orderFilterQuery } from '../../nodes/KeyCrm/helpers/orderFilters';
import { customFieldValues, moneyEntryBody, newOrderBody, orderUpdateBody } from '../../nodes/KeyCrm/helpers/orderBody';
import { isValidEmail, orderProblems } from '../../nodes/KeyCrm/helpers/orderValidation';

describe('KeyCRM dates', () => {
	it.each([
		['2024-05-01T10:00:00', '2024-05-01 10:00:00'],
		['2024-05-01T10:00', '2024-05-01 10:00:00'],
		['2024-05-01 10:00:05', '2024-05-01 10:00:05'],
		['2024-05-01', '2024-05-01 00:00:00'],
		['2024-05-01T10:00:00.000Z', '2024-05-01 10:00:00'],
		['2024-05-01T01:30:00+03:00', '2024-04-30 22:30:00'],
		['2024-05-01T01:30:00-0200', '2024-05-01 03:30:00'],
	])('%s → %s (in a UTC workflow)', (input, expected) => {
		expect(toKeyCrmDateTime(input, 'UTC')).toBe(expected);
	});

	it.each([
		['2024-05-01T10:00:00', '2024-05-01 07:00:00'],
		['2024-05-01 10:00', '2024-05-01 07:00:00'],
		['2024-01-15T10:00:00', '2024-01-15 08:00:00'],
		['2024-05-01', '2024-04-30 21:00:00'],
		['2024-05-01T10:00:00Z', '2024-05-01 10:00:00'],
		['2024-05-01T10:00:00+05:00', '2024-05-01 05:00:00'],
	])('%s in a Europe/Kyiv workflow → %s UTC', (input, expected) => {
		expect(toKeyCrmDateTime(input, 'Europe/Kyiv')).toBe(expected);
	});

	it('rejects what is not a date, and gives days for shipping dates', () => {
		expect(toKeyCrmDateTime('tomorrow', 'UTC')).toBeUndefined();
		expect(toKeyCrmDateTime('2024-02-31', 'UTC')).toBeUndefined();
		expect(toKeyCrmDateTime('2024-05-01T25:00:00', 'UTC')).toBeUndefined();
		expect(toKeyCrmDateTime('', 'UTC')).toBeUndefined();
		expect(toKeyCrmDateTime(42, 'UTC')).toBeUndefined();
		expect(toKeyCrmDateTime(new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), 'Europe/Kyiv')).toBe('2024-01-02 03:04:05');
		expect(toKeyCrmDate('2024-05-03T23:00:00', 'Europe/Kyiv')).toBe('2024-05-03');
		expect(toKeyCrmDate('2024-05-03', 'America/New_York')).toBe('2024-05-03');
	});

	it('a range without an end runs until now; without a start it is nothing', () => {
		const now = new Date(Date.UTC(2024, 5, 1, 12, 0, 0));
		expect(betweenFilter('2024-05-01', '', 'UTC', now)).toBe('2024-05-01 00:00:00, 2024-06-01 12:00:00');
		expect(betweenFilter('2024-05-01', '2024-05-31 23:59:59', 'Europe/Kyiv', now)).toBe('2024-04-30 21:00:00, 2024-05-31 20:59:59');
		expect(betweenFilter('', '2024-05-01', 'UTC', now)).toBeUndefined();
	});
});

describe('KeyCRM order list filters', () => {
	it('turns lists into comma lists and drops empty filters', () => {
		const { qs, problems } = orderFilterQuery({ status_id: [1, 3], buyer_email: ' a@b.co , ', source_uuid: ' ', payment_status: [] }, 'UTC');
		expect(problems).toEqual([]);
		expect(qs).toEqual({ 'filter[status_id]': '1,3', 'filter[buyer_email]': 'a@b.co' });
	});

	it('reports a bad end date instead of silently widening the range', () => {
		const { qs, problems } = orderFilterQuery({ updatedBetween: { range: { from: '2024-01-01', to: 'soon' } } }, 'UTC');
		expect(qs).toEqual({});
		expect(problems).toEqual(['updated between: "soon" is not a valid end date']);
	});
});

describe('KeyCRM order bodies', () => {
	const form = {
		zone: 'UTC',
		sourceId: '2',
		buyer: { full_name: 'Anna', email: '', phone: '' },
		details: {},
		shipping: {},
		marketing: {},
		products: {},
		payments: {},
		customFields: [],
	};

	it('leaves out empty sections and turns dropdown ids into numbers', () => {
		expect(newOrderBody(form)).toEqual({ body: { source_id: 2, buyer: { full_name: 'Anna' } }, problems: [] });
	});

	it('names each input problem: a bad date, a bad id, a product without name or SKU', () => {
		const { problems } = newOrderBody({
			...form,
			details: { ordered_at: 'yesterday', manager_id: 'Olena' },
			products: { product: [{ price: 10, quantity: 1, name: '', sku: '' }] },
		});
		expect(problems).toEqual([
			'Product 1 needs a name or a SKU',
			'Order: "Olena" is not a valid ID for manager_id',
			'Order: "yesterday" is not a date (ordered_at)',
		]);
	});

	it('keeps product discounts only when given; drops empty property rows, keeps half-filled ones for the checks', () => {
		const { body } = newOrderBody({
			...form,
			products: {
				product: [
					{
						sku: 'A',
						price: 5,
						quantity: 1,
						adjustments: { discount_percent: 0, purchased_price: 3 },
						properties: { property: [{ name: 'Size', value: 'M' }, { name: '', value: 'x' }, { name: '', value: '' }] },
					},
				],
			},
		});
		expect(body.products).toEqual([
			{ sku: 'A', price: 5, quantity: 1, purchased_price: 3, properties: [{ name: 'Size', value: 'M' }, { value: 'x' }] },
		]);
		expect(orderProblems(body)).toContain('Product 1, property 2 needs a name');
	});

	it('an update needs a change, and every product line needs its ID or SKU', () => {
		expect(orderUpdateBody({ zone: 'UTC', details: {}, shipping: {}, products: {}, customFields: [] }).problems).toEqual([
			'Nothing to update: add at least one field',
		]);
		const { problems } = orderUpdateBody({ zone: 'UTC', details: {}, shipping: {}, products: { product: [{ id: 0, sku: '', fields: { price: 1 } }] }, customFields: [] });
		expect(problems).toEqual(['Product 1 needs its order line ID or its SKU to be found in the order']);
	});

	it('list custom fields get a list of values, others the text as it is', () => {
		const values = customFieldValues(
			{ field: [{ uuid: 'A', value: 'x, y' }, { uuid: 'B', value: 'x, y' }, { uuid: '', value: 'lost' }] },
			(uuid) => uuid === 'A',
		);
		expect(values).toEqual([
			{ uuid: 'A', value: ['x', 'y'] },
			{ uuid: 'B', value: 'x, y' },
		]);
	});

	it('payments and expenses: ids as numbers, dates in KeyCRM format', () => {
		expect(moneyEntryBody({ expense_type_id: '2', amount: 5, description: '', payment_date: '2024-01-01T10:00:00Z' }, 'Expense', 'Europe/Kyiv')).toEqual({
			body: { expense_type_id: 2, amount: 5, payment_date: '2024-01-01 10:00:00' },
			problems: [],
		});
	});
});

describe('KeyCRM order checks', () => {
	it('knows a plausible email', () => {
		expect(isValidEmail('anna@shop.ua')).toBe(true);
		expect(['anna@', 'anna.shop.ua', 'an na@shop.ua', '@shop.ua'].map(isValidEmail)).toEqual([false, false, false, false]);
	});

	it('checks source, buyer contact, email and payments', () => {
		expect(orderProblems({ source_id: 1, buyer: { phone: '+380' } })).toEqual([]);
		expect(orderProblems('text')).toEqual(['The order must be an object']);
		expect(
			orderProblems({ source_id: 1, buyer: { phone: '1' }, payments: [{ amount: 'x', payment_method: 'Cash', status: 'lost' }] }),
		).toEqual(['Payment 1 needs an amount', 'Payment 1 has an unknown status "lost" (use paid, not_paid, canceled)']);
	});

	it('compact and splitList drop what n8n leaves empty', () => {
		expect(compact({ a: '', b: [], c: {}, d: 0, e: false, f: null })).toEqual({ d: 0, e: false });
		expect(splitList(['a ', ' ', 'b'])).toEqual(['a', 'b']);
	});
});
