import { pairsFromValue } from '../../nodes/Botobot/helpers/bracketNotation';
import { asInteger, asNumber, callbackQueryPairs, MAX_JSON_DEPTH, readCallback } from '../../nodes/Botobot/helpers/callbackPayload';
import { TYPED_SAMPLE_ORDER, sampleBotobotOrder } from '../../sandboxes/botobot/samples';
import { encodeOrder } from '../../sandboxes/botobot/callbacks';

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
		const result = readCallback({ method: 'GET', rawQuery: 'id=5&goods[7][id]=2&goods[3][id]=1&goods[3][price]=9.90' });
		expect(result).toEqual({ ok: true, orders: [{ id: 5, goods: [{ id: 1, price: 9.9 }, { id: 2 }] }] });
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

	it('reads the query whether the sender joined it to ours with & or with a second ?', () => {
		expect(callbackQueryPairs({ rawQuery: 'secret=S&id=902&status=20' })).toEqual([['secret', 'S'], ['id', '902'], ['status', '20']]);
		expect(callbackQueryPairs({ rawQuery: 'secret=S?id=902&status=20' })).toEqual([['secret', 'S'], ['id', '902'], ['status', '20']]);
		expect(callbackQueryPairs({ query: { secret: 'c' } })).toEqual([['secret', 'c']]);
		const joined = readCallback({ method: 'GET', rawQuery: `secret=S?${form}` }, ['secret']);
		expect(joined).toEqual({ ok: true, orders: [TYPED_SAMPLE_ORDER] });
	});

	it('types only the documented fields of a JSON body and leaves the rest as sent', () => {
		const body = { id: '9', status: '40', flag: true, note: null, n: 3, extra: { count: 2, ok: false }, goods: [{ id: '7', count: '2', fragile: true, size: { w: 3 } }] };
		const result = readCallback({ method: 'POST', contentType: 'application/json', rawBody: JSON.stringify(body) });
		expect(result).toEqual({
			ok: true,
			orders: [{ id: 9, status: 40, flag: true, note: null, n: 3, extra: { count: 2, ok: false }, goods: [{ id: 7, count: 2, fragile: true, size: { w: 3 } }] }],
		});
		expect(pairsFromValue({ a: true })).toEqual([['a', '1']]);
	});

	it('refuses a JSON body nested too deeply, and a request without an order id', () => {
		const deep = `${'{"a":'.repeat(MAX_JSON_DEPTH + 5)}1${'}'.repeat(MAX_JSON_DEPTH + 5)}`;
		expect(readCallback({ method: 'POST', contentType: 'application/json', rawBody: deep })).toEqual({
			ok: false,
			reason: `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep`,
		});
		expect(readCallback({ method: 'POST', contentType: 'application/json', rawBody: '{"cost_total": 5}' })).toEqual({
			ok: false,
			reason: 'The request carries no order id ("id")',
		});
		expect(readCallback({ method: 'POST', contentType: 'application/json', rawBody: '{"id": 1, "__proto__": {"polluted": 1}}' })).toEqual({ ok: true, orders: [{ id: 1 }] });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});
