/**
 * PHP bracket notation (`goods[0][id]=7`, `delivery[city]=Kyiv`, `tags[]=a`) read into nested
 * objects and arrays, the way PHP's parse_str builds `$_GET` / `$_POST`. Pure; never throws.
 *
 * Safety, beyond PHP: `__proto__`, `constructor` and `prototype` keys are dropped (no prototype
 * pollution), nesting deeper than MAX_DEPTH keeps the rest of the key as one literal segment, and
 * only a dense 0..n-1 key set becomes an array, so `goods[99999999999]` never allocates a huge one.
 */

import { toFormFields } from '../../shared/http/encodeBody';

export type FormPair = [string, string];
export type FormValue = string | FormValue[] | { [key: string]: FormValue };

export const MAX_DEPTH = 20;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const INDEX_KEY = /^(0|[1-9]\d{0,14})$/;

type Container = Record<string, unknown>;

/** Pairs of a query string or form body; a leading "?" is ignored. Malformed escapes are kept as text. */
export function pairsFromQueryString(text: string): FormPair[] {
	return [...new URLSearchParams(text.startsWith('?') ? text.slice(1) : text)];
}

/**
 * The pairs a PHP client would send for an already structured value (JSON, or a body another parser
 * built): `{goods: [{id: 1}]}` → `goods[0][id]=1`, true → "1", false → "0", null left out, as PHP's
 * http_build_query does. The package's form encoder already speaks exactly this.
 */
export function pairsFromValue(value: unknown): FormPair[] {
	return toFormFields(value);
}

/** `goods[0][id]` → ["goods", "0", "id"]; `tags[]` → ["tags", ""]. Malformed keys stay one literal segment. */
export function splitKey(key: string): string[] {
	const open = key.indexOf('[');
	if (open <= 0) return [key];
	const segments = [key.slice(0, open)];
	let position = open;
	while (position < key.length && key[position] === '[') {
		const close = key.indexOf(']', position + 1);
		if (close === -1) return [key];
		if (segments.length > MAX_DEPTH) {
			segments[segments.length - 1] += key.slice(position);
			return segments;
		}
		segments.push(key.slice(position + 1, close));
		position = close + 1;
	}
	// Like PHP, text after the last closing bracket is ignored.
	return segments;
}

function isContainer(value: unknown): value is Container {
	return typeof value === 'object' && value !== null;
}

class Builder {
	readonly root: Container = Object.create(null) as Container;

	private readonly nextIndex = new WeakMap<Container, number>();

	set(segments: string[], value: string): void {
		if (segments.some((segment) => FORBIDDEN_KEYS.has(segment))) return;
		let target = this.root;
		segments.forEach((segment, index) => {
			const key = segment === '' ? String(this.nextIndex.get(target) ?? 0) : segment;
			this.noteKey(target, key);
			if (index === segments.length - 1) {
				target[key] = value;
				return;
			}
			if (!isContainer(target[key])) target[key] = Object.create(null) as Container;
			target = target[key] as Container;
		});
	}

	private noteKey(target: Container, key: string): void {
		if (!INDEX_KEY.test(key)) return;
		const next = Number(key) + 1;
		if (next > (this.nextIndex.get(target) ?? 0)) this.nextIndex.set(target, next);
	}
}

function finish(value: unknown): FormValue {
	if (!isContainer(value)) return value as string;
	const keys = Object.keys(value);
	// Integer-like keys come first in ascending order, so a dense 0..n-1 set reads as 0, 1, 2, ...
	if (keys.length > 0 && keys.every((key, index) => key === String(index))) {
		return keys.map((key) => finish(value[key]));
	}
	const result: { [key: string]: FormValue } = {};
	for (const key of keys) result[key] = finish(value[key]);
	return result;
}

/** Nested object of the pairs; a later pair wins over an earlier one with the same key, as in PHP. */
export function parseBracketPairs(pairs: readonly FormPair[]): { [key: string]: FormValue } {
	const builder = new Builder();
	for (const [key, value] of pairs) builder.set(splitKey(key), value);
	const result: { [key: string]: FormValue } = {};
	for (const key of Object.keys(builder.root)) result[key] = finish(builder.root[key]);
	return result;
}
