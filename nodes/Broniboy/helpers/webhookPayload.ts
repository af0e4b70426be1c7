/**
 * Finds the raw text of one top-level member of a JSON object without re-serializing anything:
 * Broniboy signs "the content of the field data", and the only bytes both sides surely share are
 * the ones in the request. One pass over the text, no recursion (a hostile body cannot exhaust the
 * stack), and it measures how deeply the body nests on the way. Pure: no n8n imports, never throws.
 */

export interface RawMember {
	/** The member's value exactly as it stands in the text. */
	text: string;
	/** How many times the key occurs at the top level (JSON.parse keeps only the last). */
	occurrences: number;
}

export type MemberScan =
	| { kind: 'notObject' }
	| { kind: 'malformed' }
	| {
			kind: 'scanned';
			/** The member (the last occurrence, as JSON.parse keeps it), or undefined when absent. */
			member?: RawMember;
			/** How deeply the member's value nests (an object holding scalars is 1). */
			memberDepth: number;
			/** How deeply the whole body nests (the top-level object is 1). */
			bodyDepth: number;
	  };

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

/** Index just past the JSON value starting at `index` and how deeply it nests, or end -1. */
function endOfValue(text: string, index: number): { end: number; depth: number } {
	const first = text[index];
	if (first === '"') return { end: endOfString(text, index), depth: 0 };
	if (first === '{' || first === '[') {
		let depth = 0;
		let deepest = 0;
		for (let at = index; at < text.length; at++) {
			const char = text[at];
			if (char === '"') {
				at = endOfString(text, at) - 1;
				if (at < 0) return { end: -1, depth: deepest };
			} else if (char === '{' || char === '[') {
				depth++;
				if (depth > deepest) deepest = depth;
			} else if (char === '}' || char === ']') {
				depth--;
				if (depth === 0) return { end: at + 1, depth: deepest };
			}
		}
		return { end: -1, depth: deepest };
	}
	let at = index;
	while (at < text.length && !WHITESPACE.has(text[at]) && text[at] !== ',' && text[at] !== '}' && text[at] !== ']') at++;
	return { end: at > index ? at : -1, depth: 0 };
}

function decodeKey(raw: string): string | undefined {
	try {
		const key: unknown = JSON.parse(raw);
		return typeof key === 'string' ? key : undefined;
	} catch {
		return undefined;
	}
}

/** One pass over the top-level object `json`: the raw text of `key` and how deeply things nest. */
export function scanMember(json: string, key: string): MemberScan {
	let at = skipWhitespace(json, 0);
	if (json[at] !== '{') return { kind: 'notObject' };
	at = skipWhitespace(json, at + 1);
	let member: RawMember | undefined;
	let memberDepth = 0;
	let bodyDepth = 1;
	if (json[at] === '}') return skipWhitespace(json, at + 1) === json.length ? { kind: 'scanned', memberDepth, bodyDepth } : { kind: 'malformed' };
	while (at < json.length) {
		const keyEnd = endOfString(json, at);
		if (keyEnd < 0) return { kind: 'malformed' };
		const name = decodeKey(json.slice(at, keyEnd));
		at = skipWhitespace(json, keyEnd);
		if (json[at] !== ':') return { kind: 'malformed' };
		const valueStart = skipWhitespace(json, at + 1);
		const value = endOfValue(json, valueStart);
		if (value.end < 0) return { kind: 'malformed' };
		bodyDepth = Math.max(bodyDepth, value.depth + 1);
		if (name === key) {
			member = { text: json.slice(valueStart, value.end), occurrences: (member?.occurrences ?? 0) + 1 };
			memberDepth = value.depth;
		}
		at = skipWhitespace(json, value.end);
		if (json[at] === '}') {
			return skipWhitespace(json, at + 1) === json.length ? { kind: 'scanned', member, memberDepth, bodyDepth } : { kind: 'malformed' };
		}
		if (json[at] !== ',') return { kind: 'malformed' };
		at = skipWhitespace(json, at + 1);
	}
	return { kind: 'malformed' };
}

/** The raw text of `key` in the top-level object `json`; undefined when absent or the text is not an object. */
export function rawMember(json: string, key: string): RawMember | undefined {
	const scan = scanMember(json, key);
	return scan.kind === 'scanned' ? scan.member : undefined;
}
