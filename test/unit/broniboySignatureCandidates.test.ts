import { dataCandidates, MAX_DEPTH, quote, SERIALIZATIONS } from '../../nodes/Broniboy/trigger/signatureCandidates';
import { pythonJson, serializeJson, SIGNED_FORMATS } from '../../sandboxes/broniboy/webhooks';

const order = { id: 'eb3b', state: 'on_way', price: 1200.5, tip: 1.0, nested: { b: [1, true, null], a: 'Ёлка 🎄' }, number: 7 };

describe('candidate serializations of data', () => {
	it('lists raw first, then every listed serialization once, under the names the sandbox signs with', () => {
		const raw = pythonJson(order);
		const candidates = dataCandidates(raw);
		expect(candidates[0]).toEqual({ name: 'raw', text: raw });
		// Python's default is the body itself here, so it is not listed twice.
		expect(candidates.map(({ name }) => name)).toEqual(['raw', ...SERIALIZATIONS.map(({ name }) => name).filter((name) => name !== 'python')]);
		for (const { name, text } of candidates.slice(1)) expect(text).toBe(serializeJson(order, SIGNED_FORMATS[name]));
	});

	it('writes Python json.dumps exactly: separators, \\uXXXX in lower case, surrogate pairs, DEL escaped', () => {
		const text = dataCandidates('{"a":"Ё🎄\\u007f","b":[1,2]}').find(({ name }) => name === 'python')?.text;
		expect(text).toBe('{"a": "\\u0401\\ud83c\\udf84\\u007f", "b": [1, 2]}');
		expect(quote('tab\there', true)).toBe('"tab\\there"');
	});

	it('keeps numbers and literals as written (1.0 stays 1.0), and sorts keys by code point', () => {
		const candidates = dataCandidates('{"z": 1.0, "\uFB01": 2, "\u{1F384}": 3, "a": 1e+2}');
		expect(candidates.find(({ name }) => name === 'compact-sorted')?.text).toBe('{"a":1e+2,"z":1.0,"\uFB01":2,"\u{1F384}":3}');
	});

	it('offers only raw for text it cannot re-read, or data nested too deeply', () => {
		expect(dataCandidates('{"a": 01}')).toHaveLength(1);
		expect(dataCandidates('{"a": 1} x')).toHaveLength(1);
		const deep = `${'['.repeat(MAX_DEPTH + 2)}${']'.repeat(MAX_DEPTH + 2)}`;
		expect(dataCandidates(deep)).toEqual([{ name: 'raw', text: deep }]);
	});
});
