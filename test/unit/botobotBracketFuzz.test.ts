import { MAX_DEPTH, pairsFromQueryString, pairsFromValue, parseBracketPairs } from '../../nodes/Botobot/helpers/bracketNotation';
import { readCallback } from '../../nodes/Botobot/helpers/callbackPayload';
import { generator } from '../support/random';


const NAMES = ['goods', 'id', 'delivery', 'user_telegram', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '0', '1', '99999999999', '4294967295', '-1', '', 'a b', 'ключ'];
const JUNK = ['[', ']', '[[', ']]', '][', '%5B', '%5D', '%', '%zz', '&', '=', '+', '%00'];
const VALUES = ['1', '2.5', '', 'x', '%D0%9A', '1e400', 'NaN', '-0', '99999999999999999999'];

type Random = ReturnType<typeof generator>;

function randomKey(random: Random): string {
	let key = random.pick(NAMES.filter(Boolean));
	const depth = random.next() < 0.1 ? MAX_DEPTH + random.int(40) : random.int(6);
	for (let level = 0; level < depth; level++) {
		const roll = random.next();
		if (roll < 0.75) key += `[${random.pick(NAMES)}]`;
		else if (roll < 0.85) key += '[]';
		else key += random.pick(JUNK);
	}
	return key;
}

function randomQuery(random: Random): string {
	const count = 1 + random.int(12);
	const parts: string[] = [];
	for (let index = 0; index < count; index++) {
		const key = random.next() < 0.5 ? encodeURIComponent(randomKey(random)) : randomKey(random);
		parts.push(random.next() < 0.1 ? key : `${key}=${random.pick(VALUES)}`);
	}
	return parts.join('&');
}

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

/**
 * What is wrong with a parsed value, if anything: every container must be a plain object or array
 * without prototype keys, arrays small (no huge sparse ones), depth bounded. Plain checks, not
 * `expect`, so thousands of cases stay fast.
 */
function shapeProblem(value: unknown, pairCount: number, depth = 0): string | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	if (depth > MAX_DEPTH + 2) return `nested ${depth} deep`;
	const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
	if (Array.isArray(value)) {
		if (Object.getPrototypeOf(value) !== Array.prototype) return 'array with a foreign prototype';
		if (value.length > pairCount) return `array of ${value.length} from ${pairCount} pairs`;
	} else {
		if (Object.getPrototypeOf(value) !== Object.prototype) return 'object with a foreign prototype';
		const forbidden = FORBIDDEN.find((key) => Object.prototype.hasOwnProperty.call(value, key));
		if (forbidden) return `own key ${forbidden}`;
	}
	for (const child of children) {
		const problem = shapeProblem(child, pairCount, depth + 1);
		if (problem) return problem;
	}
	return undefined;
}

describe('bracket notation under fuzzing', () => {
	const objectKeys = Object.getOwnPropertyNames(Object.prototype).sort();
	const arrayKeys = Object.getOwnPropertyNames(Array.prototype).sort();

	afterEach(() => {
		expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(objectKeys);
		expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayKeys);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(typeof ({} as { toString: unknown }).toString).toBe('function');
	});

	it('never throws, never pollutes a prototype and keeps results well-formed (3000 seeded cases)', () => {
		const problems: string[] = [];
		for (let seed = 1; seed <= 3000; seed++) {
			const random = generator(seed);
			const query = randomQuery(random);
			const pairs = pairsFromQueryString(query);
			const limit = Math.max(1, pairs.length);
			try {
				const parsed = parseBracketPairs(pairs);
				const problem = shapeProblem(parsed, limit);
				if (problem) problems.push(`seed ${seed}: ${problem} in ${query}`);
				for (const request of [
					{ method: 'GET', rawQuery: query },
					{ method: 'POST', contentType: 'application/x-www-form-urlencoded', rawBody: query },
					{ method: 'POST', rawBody: '', body: parsed },
				]) {
					const reading = readCallback(request);
					const orders = reading.ok ? reading.orders : [];
					const orderProblem = orders.map((order) => shapeProblem(order, limit + 1)).find(Boolean);
					if (orderProblem) problems.push(`seed ${seed} (${request.method}): ${orderProblem} in ${query}`);
					if (!reading.ok && typeof reading.reason !== 'string') problems.push(`seed ${seed}: no reason`);
				}
			} catch (error) {
				problems.push(`seed ${seed}: threw ${(error as Error).message} on ${query}`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('survives hostile JSON: deep nesting, prototype keys, huge arrays of nothing', () => {
		const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
		const hostile = '{"id":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"goods":{"99999999999":{"id":"3"}}}';
		const abyss = `${'{"a":['.repeat(100_000)}1${']}'.repeat(100_000)}`;
		for (const rawBody of [deep, abyss, hostile, '[]', '[[[[]]]]', 'null', '"text"', '12']) {
			const reading = readCallback({ method: 'POST', contentType: 'application/json', rawBody });
			expect(reading.ok ? reading.orders.map((order) => shapeProblem(order, 10)).filter(Boolean) : []).toEqual([]);
		}
		expect(readCallback({ method: 'POST', contentType: 'application/json', rawBody: hostile })).toEqual({
			ok: true,
			orders: [{ id: 1, goods: [{ id: 3 }] }],
		});
	});

	it('reads back what a PHP client encodes (1000 seeded structured orders)', () => {
		for (let seed = 1; seed <= 1000; seed++) {
			const random = generator(seed * 7919);
			const goods = Array.from({ length: random.int(5) }, (_, index) => ({ id: String(index + random.int(1000)), title: `t${random.int(9)} ${random.pick(['&', '=', '[x]', 'ї'])}` }));
			const order: Record<string, unknown> = { note: random.pick(['a&b=c', '[]', '%', 'plain']), telegram: { name: `n${seed}` } };
			if (goods.length > 0) order.goods = goods;
			const query = new URLSearchParams(pairsFromValue(order)).toString();
			expect(parseBracketPairs(pairsFromQueryString(query))).toEqual(order);
		}
	});
});
