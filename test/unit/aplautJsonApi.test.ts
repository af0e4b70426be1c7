import { flattenDocument, toDocument } from '../../nodes/Aplaut/helpers/jsonApi';
import { AttributeError, pairsToObject, parseJsonObject, shapeAttributes, splitList } from '../../nodes/Aplaut/helpers/attributes';

describe('JSON:API documents', () => {
	it('wraps attributes with type, optional id and meta', () => {
		expect(toDocument('orders', { number: '1' })).toEqual({ data: { type: 'orders', attributes: { number: '1' } } });
		expect(toDocument('reviews', { rating: 5 }, { id: 'r1', meta: { ignore_invalid_photos: true } })).toEqual({
			data: { type: 'reviews', id: 'r1', attributes: { rating: 5 }, meta: { ignore_invalid_photos: true } },
		});
		expect(toDocument('reviews', {}, { meta: {} })).toEqual({ data: { type: 'reviews', attributes: {} } });
	});

	it('flattens records and attaches included ones by relationship', () => {
		const document = {
			data: [
				{
					id: 'o1',
					type: 'orders',
					attributes: { number: 'N1' },
					relationships: { consumer: { data: { id: 'c1', type: 'consumers' } }, product: { data: [{ id: 'p1', type: 'products' }] } },
				},
				{ id: 'o2', type: 'orders', attributes: { number: 'N2' } },
			],
			included: [
				{ id: 'c1', type: 'consumers', attributes: { email: 'a@b.c' } },
				{ id: 'p1', type: 'products', attributes: { name: 'Boots' } },
			],
		};
		const [first, second] = flattenDocument(document);
		expect(first).toMatchObject({
			id: 'o1',
			type: 'orders',
			number: 'N1',
			included: { consumer: { id: 'c1', type: 'consumers', email: 'a@b.c' }, product: [{ id: 'p1', name: 'Boots' }] },
		});
		expect(first.relationships).toBeDefined();
		expect(second).toEqual({ id: 'o2', type: 'orders', number: 'N2' });
	});

	it('never lets an attribute called type or id overwrite the record’s own', () => {
		expect(flattenDocument({ data: { id: 'q1', type: 'survey_questions', attributes: { type: 'text_question', text: 'Why?' } } })).toEqual([
			{ id: 'q1', type: 'survey_questions', text: 'Why?', attributes: { type: 'text_question' } },
		]);
	});

	it('reads a single record, and nothing from an empty or odd body', () => {
		expect(flattenDocument({ data: { id: '1', type: 'users', attributes: { role: 'admin' } } })).toEqual([
			{ id: '1', type: 'users', role: 'admin' },
		]);
		expect(flattenDocument({ data: null })).toEqual([]);
		expect(flattenDocument('Throttled')).toEqual([]);
	});
});

describe('attributes from UI values', () => {
	it('splits lists, parses pairs and JSON, drops empty values', () => {
		expect(
			shapeAttributes(
				{ photos: 'https://a/1.jpg, https://a/2.jpg\nhttps://a/3.jpg', custom_attributes: { pairs: [{ key: 'region', value: '66' }, { key: '' }] }, pros: '', rating: 0 },
				{ photos: 'list', custom_attributes: 'pairs' },
			),
		).toEqual({ photos: ['https://a/1.jpg', 'https://a/2.jpg', 'https://a/3.jpg'], custom_attributes: { region: '66' }, rating: 0 });
		expect(splitList(['a', ' ', 'b'])).toEqual(['a', 'b']);
		expect(pairsToObject(undefined)).toEqual({});
	});

	it('refuses JSON that is not an object', () => {
		expect(parseJsonObject('{"a":1}', 'Extra')).toEqual({ a: 1 });
		expect(() => parseJsonObject('{a', 'Extra')).toThrow(AttributeError);
		expect(() => parseJsonObject('[1]', 'Extra')).toThrow(/must be a JSON object/);
	});
});
