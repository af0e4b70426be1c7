import {
	MAX_DEPTH,
	pairsFromQueryString,
	pairsFromValue,
	parseBracketPairs,
	splitKey,
} from '../../nodes/Botobot/helpers/bracketNotation';

const parse = (query: string) => parseBracketPairs(pairsFromQueryString(query));

describe('PHP bracket notation', () => {
	it('builds arrays and objects the way PHP does', () => {
		expect(parse('goods[0][id]=7&goods[0][title]=Tea&goods[1][id]=8&delivery[city]=Kyiv&tags[]=a&tags[]=b')).toEqual({
			goods: [{ id: '7', title: 'Tea' }, { id: '8' }],
			delivery: { city: 'Kyiv' },
			tags: ['a', 'b'],
		});
	});

	it('decodes escapes and plus signs, and lets a later pair win', () => {
		expect(parse('name=Olena+K&city=%D0%9A%D0%B8%D1%97%D0%B2&a=1&a=2')).toEqual({ name: 'Olena K', city: 'Київ', a: '2' });
		expect(parse('goods%5B0%5D%5Bid%5D=5')).toEqual({ goods: [{ id: '5' }] });
	});

	it('keeps sparse or huge indexes as object keys instead of allocating arrays', () => {
		const result = parse('goods[99999999999][id]=1&goods[1][id]=2');
		expect(Array.isArray(result.goods)).toBe(false);
		expect(result.goods).toEqual({ 1: { id: '2' }, 99999999999: { id: '1' } });
		expect(parse('tags[5]=x&tags[]=y')).toEqual({ tags: { 5: 'x', 6: 'y' } });
	});

	it('drops prototype keys wherever they appear', () => {
		const result = parse('__proto__[polluted]=1&a[__proto__][b]=2&constructor[prototype][x]=3&a[c]=4&prototype=5');
		expect(result).toEqual({ a: { c: '4' } });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(result.a)).toBe(Object.prototype);
	});

	it('splits keys, keeping malformed ones literal and capping the depth', () => {
		expect(splitKey('goods[0][id]')).toEqual(['goods', '0', 'id']);
		expect(splitKey('a[b')).toEqual(['a[b']);
		expect(splitKey('[a]')).toEqual(['[a]']);
		expect(splitKey('a[b]tail[c]')).toEqual(['a', 'b']);
		const deep = `a${'[x]'.repeat(MAX_DEPTH + 10)}`;
		const segments = splitKey(deep);
		expect(segments.length).toBe(MAX_DEPTH + 1);
		expect(segments[segments.length - 1]).toBe(`x${'[x]'.repeat(10)}`);
	});

	it('turns structured values into the pairs a PHP client sends', () => {
		expect(pairsFromValue({ id: 5, ok: true, no: false, none: null, goods: [{ price: 1.5 }] })).toEqual([
			['id', '5'],
			['ok', '1'],
			['no', '0'],
			['goods[0][price]', '1.5'],
		]);
	});
});
