import { pairsFromValue } from '../../nodes/Botobot/helpers/bracketNotation';
import { asInteger, asNumber, queryParameter, readCallback } from '../../nodes/Botobot/helpers/callbackPayload';
import { TYPED_SAMPLE_ORDER } from '../botobot/sampleOrder';
import { encodeOrder, sampleBotobotOrder } from '../sandboxes/botobot/callbacks';

const order = sampleBotobotOrder();
const form = encodeOrder(order);


describe('reading a Botobot callback', () => {
	it('types the documented fields and keeps the rest, by GET, form POST and JSON POST alike', () => {
		const byGet = readCallback({ method: 'GET', rawQuery: `secret=s3&${form}` }, ['secret']);
		const byForm = readCallback({ method: 'POST', contentType: 'application/x-www-form-urlencoded', rawQuery: 'secret=s3', rawBody: form }, ['secret']);
		const byJson = readCallback({ method: 'POST', contentType: 'application/json', rawQuery: 'secret=s3', rawBody: JSON.stringify(order) }, ['secret']);
		expect(byGet).toEqual({ ok: true, orders: [TYPED_SAMPLE_ORDER] });
		expect(byForm).toEqual(byGet);
		expect(byJson).toEqual(byGet);
		if (byGet.ok) expect(byGet.orders[0]).not.toHaveProperty('secret');
	});

	it('gives the same result whatever the web server had already parsed', () => {
		const raw = readCallback({ method: 'GET', rawQuery: form });
		const flatKeys = Object.fromEntries(new URLSearchParams(form));
		expect(readCallback({ method: 'GET', query: flatKeys })).toEqual(raw);
		expect(readCallback({ method: 'GET', query: order })).toEqual(raw);
		expect(readCallback({ method: 'POST', rawBody: '', body: flatKeys })).toEqual(raw);
		expect(readCallback({ method: 'POST', rawBody: '', body: order })).toEqual(raw);
	});

	it('reads a JSON array as several orders and refuses what it cannot read', () => {
		const two = readCallback({ method: 'POST', contentType: 'application/json', rawBody: JSON.stringify([{ id: '1' }, { id: 2 }]) });
		expect(two).toEqual({ ok: true, orders: [{ id: 1 }, { id: 2 }] });
		expect(readCallback({ method: 'POST', contentType: 'application/json', rawBody: '{"id": 1,' })).toEqual({ ok: false, reason: 'The body is not valid JSON' });
		expect(readCallback({ method: 'GET', rawQuery: 'secret=x' }, ['secret'])).toMatchObject({ ok: false });
	});

	it('types goods given with sparse indexes as a list in index order', () => {
		const result = readCallback({ method: 'GET', rawQuery: 'goods[7][id]=2&goods[3][id]=1&goods[3][price]=9.90' });
		expect(result).toEqual({ ok: true, orders: [{ goods: [{ id: 1, price: 9.9 }, { id: 2 }] }] });
	});

	it('converts only what reads as a number', () => {
		expect(asInteger('42')).toBe(42);
		expect(asInteger(' 7 ')).toBe(7);
		expect(asInteger('5.0')).toBe(5);
		expect(asInteger('5.5')).toBe('5.5');
		expect(asInteger('12345678901234567890')).toBe('12345678901234567890');
		expect(asInteger('')).toBe('');
		expect(asNumber('12.50')).toBe(12.5);
		expect(asNumber('12,5')).toBe(12.5);
		expect(asNumber('1e3')).toBe(1000);
		expect(asNumber('free')).toBe('free');
		expect(asNumber('')).toBe('');
	});

	it('finds a query parameter in the raw query or in the parsed one', () => {
		expect(queryParameter({ rawQuery: 'secret=a&secret=b' }, 'secret')).toBe('b');
		expect(queryParameter({ query: { secret: 'c' } }, 'secret')).toBe('c');
		expect(queryParameter({ query: {} }, 'secret')).toBeUndefined();
	});

	it('reads JSON scalars as the strings a form would carry', () => {
		expect(pairsFromValue({ a: true })).toEqual([['a', '1']]);
		const result = readCallback({ method: 'POST', contentType: 'application/json', rawBody: '{"id":"9","flag":true,"note":null,"n":3}' });
		expect(result).toEqual({ ok: true, orders: [{ id: 9, flag: '1', n: '3' }] });
	});
});
