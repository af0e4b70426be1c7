/**
 * Finds the raw text of one top-level member of a JSON object without re-serializing anything:
 * Broniboy signs "the content of the field data", and the only bytes both sides surely share are
 * the ones in the request. Pure: no n8n imports, never throws.
 */

export interface RawMember {
	/** The member's value exactly as it stands in the text. */
	text: string;
	/** How many times the key occurs at the top level (JSON.parse keeps only the last). */
	occurrences: number;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

function skipWhitespace(text: string, index: number): number {
	while (index < text.length && WHITESPACE.has(text[index])) index++;
	return index;
}

/** Index just past the string starting at `index` (a quote), or -1. */
function endOfString(text: string, index: number): number {
	if (text[index] !== '"') return -1;
	for (let at = index + 1; at < text.length; at++) {
		const char = text[at];
		if (char === '\\') at++;
		else if (char === '"') return at + 1;
	}
	return -1;
}

/** Index just past the JSON value starting at `index`, or -1. */
function endOfValue(text: string, index: number): number {
	const first = text[index];
	if (first === '"') return endOfString(text, index);
	if (first === '{' || first === '[') {
		let depth = 0;
		for (let at = index; at < text.length; at++) {
			const char = text[at];
			if (char === '"') {
				at = endOfString(text, at) - 1;
				if (at < 0) return -1;
			} else if (char === '{' || char === '[') depth++;
			else if (char === '}' || char === ']') {
				depth--;
				if (depth === 0) return at + 1;
			}
		}
		return -1;
	}
	let at = index;
	while (at < text.length && !WHITESPACE.has(text[at]) && text[at] !== ',' && text[at] !== '}' && text[at] !== ']') at++;
	return at > index ? at : -1;
}

function decodeKey(raw: string): string | undefined {
	try {
		const key: unknown = JSON.parse(raw);
		return typeof key === 'string' ? key : undefined;
	} catch {
		return undefined;
	}
}

/** The raw text of `key` in the top-level object `json`; undefined when absent or the text is not an object. */
export function rawMember(json: string, key: string): RawMember | undefined {
	let at = skipWhitespace(json, 0);
	if (json[at] !== '{') return undefined;
	at = skipWhitespace(json, at + 1);
	let found: RawMember | undefined;
	if (json[at] === '}') return undefined;
	while (at < json.length) {
		const keyEnd = endOfString(json, at);
		if (keyEnd < 0) return undefined;
		const name = decodeKey(json.slice(at, keyEnd));
		at = skipWhitespace(json, keyEnd);
		if (json[at] !== ':') return undefined;
		const valueStart = skipWhitespace(json, at + 1);
		const valueEnd = endOfValue(json, valueStart);
		if (valueEnd < 0) return undefined;
		if (name === key) found = { text: json.slice(valueStart, valueEnd), occurrences: (found?.occurrences ?? 0) + 1 };
		at = skipWhitespace(json, valueEnd);
		if (json[at] === '}') return found;
		if (json[at] !== ',') return undefined;
		at = skipWhitespace(json, at + 1);
	}
	return undefined;
}
