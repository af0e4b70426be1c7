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
			member?: RawMember & { start: number };
			/** How deeply the member's value nests (an object holding scalars is 1). */
			memberDepth: number;
			/** How deeply the whole body nests (the top-level object is 1). */
			bodyDepth: number;
	  };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x7b, 0x5b]);
const CLOSERS = new Set([0x7d, 0x5d]);
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/**
 * Reads one text front to back. Strings (nearly all of a large body) are skipped with indexOf, and
 * the next backslash is remembered, so the whole scan stays linear and runs at native speed.
 */
class Scanner {
	private slashAt = -2;

	constructor(readonly text: string) {}

	skipWhitespace(index: number): number {
		while (index < this.text.length && WHITESPACE.has(this.text[index])) index++;
		return index;
	}

	private nextSlash(from: number): number {
		if (this.slashAt !== -1 && this.slashAt < from) this.slashAt = this.text.indexOf('\\', from);
		return this.slashAt;
	}

	/** Index just past the string starting at `index` (a quote), or -1. */
	endOfString(index: number): number {
		if (this.text.charCodeAt(index) !== QUOTE) return -1;
		let at = index + 1;
		for (;;) {
			const quote = this.text.indexOf('"', at);
			if (quote === -1) return -1;
			const slash = this.nextSlash(at);
			if (slash === -1 || slash > quote) return quote + 1;
			at = slash + 2;
		}
	}

	/** Index just past the JSON value starting at `index` and how deeply it nests, or end -1. */
	endOfValue(index: number): { end: number; depth: number } {
		const { text } = this;
		const first = text.charCodeAt(index);
		if (first === QUOTE) return { end: this.endOfString(index), depth: 0 };
		if (OPENERS.has(first)) {
			let depth = 0;
			let deepest = 0;
			for (let at = index; at < text.length; at++) {
				const char = text.charCodeAt(at);
				if (char === QUOTE) {
					at = this.endOfString(at) - 1;
					if (at < 0) return { end: -1, depth: deepest };
				} else if (OPENERS.has(char)) {
					depth++;
					if (depth > deepest) deepest = depth;
				} else if (CLOSERS.has(char)) {
					depth--;
					if (depth === 0) return { end: at + 1, depth: deepest };
				} else if (char === BACKSLASH) return { end: -1, depth: deepest };
			}
			return { end: -1, depth: deepest };
		}
		let at = index;
		while (at < text.length && !WHITESPACE.has(text[at]) && text[at] !== ',' && text[at] !== '}' && text[at] !== ']') at++;
		return { end: at > index ? at : -1, depth: 0 };
	}
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
	const scanner = new Scanner(json);
	const skipWhitespace = (_text: string, index: number) => scanner.skipWhitespace(index);
	let at = skipWhitespace(json, 0);
	if (json[at] !== '{') return { kind: 'notObject' };
	at = skipWhitespace(json, at + 1);
	let member: (RawMember & { start: number }) | undefined;
	let memberDepth = 0;
	let bodyDepth = 1;
	if (json[at] === '}') return skipWhitespace(json, at + 1) === json.length ? { kind: 'scanned', memberDepth, bodyDepth } : { kind: 'malformed' };
	while (at < json.length) {
		const keyEnd = scanner.endOfString(at);
		if (keyEnd < 0) return { kind: 'malformed' };
		const name = decodeKey(json.slice(at, keyEnd));
		at = skipWhitespace(json, keyEnd);
		if (json[at] !== ':') return { kind: 'malformed' };
		const valueStart = skipWhitespace(json, at + 1);
		const value = scanner.endOfValue(valueStart);
		if (value.end < 0) return { kind: 'malformed' };
		bodyDepth = Math.max(bodyDepth, value.depth + 1);
		if (name === key) {
			member = { text: json.slice(valueStart, value.end), occurrences: (member?.occurrences ?? 0) + 1, start: valueStart };
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
	if (scan.kind !== 'scanned' || !scan.member) return undefined;
	return { text: scan.member.text, occurrences: scan.member.occurrences };
}
