/**
 * The texts of `data` a Broniboy signature may have been computed over. Pure: no n8n imports.
 *
 * The document says "HMAC-SHA256 of the content of the field data" and names neither the bytes nor
 * the encoding. Broniboy is a Django REST service, so the sender may sign Python's
 * `json.dumps(data)` while the body it posts was serialized another way. We therefore try a short,
 * fixed list of serializations, each still an HMAC with the merchant's secret:
 * - `raw`: the text of `data` exactly as it stands in the body (the first choice);
 * - `compact` / `python`: `,` `:` separators, or Python's default `, ` `: `;
 * - `-ascii` / `-utf8`: non-ASCII escaped as \uXXXX, or written as is;
 * - `-sorted`: keys sorted (Python's `sort_keys=True`).
 * Numbers, `true`, `false` and `null` are kept exactly as written in the body (1.0 stays 1.0), so
 * re-serializing never changes them; only whitespace, string escapes and key order can differ.
 */

type JsonNode =
	| { kind: 'literal'; text: string }
	| { kind: 'string'; value: string }
	| { kind: 'array'; items: JsonNode[] }
	| { kind: 'object'; entries: Array<[string, JsonNode]> };

export interface Serialization {
	name: string;
	style: 'compact' | 'python';
	ascii: boolean;
	sorted: boolean;
}

/** The candidates tried after `raw`, in this order (documented in docs/broniboy.md). */
export const SERIALIZATIONS: Serialization[] = [
	{ name: 'python', style: 'python', ascii: true, sorted: false },
	{ name: 'compact', style: 'compact', ascii: false, sorted: false },
	{ name: 'compact-ascii', style: 'compact', ascii: true, sorted: false },
	{ name: 'python-utf8', style: 'python', ascii: false, sorted: false },
	{ name: 'python-sorted', style: 'python', ascii: true, sorted: true },
	{ name: 'compact-sorted', style: 'compact', ascii: false, sorted: true },
	{ name: 'compact-ascii-sorted', style: 'compact', ascii: true, sorted: true },
	{ name: 'python-utf8-sorted', style: 'python', ascii: false, sorted: true },
];

/** Deeper `data` is not re-serialized (only `raw` is tried): no real order nests this deep. */
export const MAX_DEPTH = 64;

const WHITESPACE = /[ \t\n\r]*/y;
const LITERAL = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null/y;

class Reader {
	at = 0;

	constructor(private readonly text: string) {}

	skip(): void {
		WHITESPACE.lastIndex = this.at;
		WHITESPACE.exec(this.text);
		this.at = WHITESPACE.lastIndex;
	}

	value(depth: number): JsonNode {
		if (depth > MAX_DEPTH) throw new Error('too deep');
		this.skip();
		const char = this.text[this.at];
		if (char === '{') return this.object(depth);
		if (char === '[') return this.array(depth);
		if (char === '"') return { kind: 'string', value: this.string() };
		LITERAL.lastIndex = this.at;
		const match = LITERAL.exec(this.text);
		if (!match) throw new Error('not JSON');
		this.at = LITERAL.lastIndex;
		return { kind: 'literal', text: match[0] };
	}

	private string(): string {
		const start = this.at;
		let end = start + 1;
		while (end < this.text.length && this.text[end] !== '"') end += this.text[end] === '\\' ? 2 : 1;
		if (end >= this.text.length) throw new Error('unterminated string');
		this.at = end + 1;
		return JSON.parse(this.text.slice(start, end + 1)) as string;
	}

	private expect(char: string): void {
		this.skip();
		if (this.text[this.at] !== char) throw new Error(`expected ${char}`);
		this.at++;
	}

	private peek(char: string): boolean {
		this.skip();
		if (this.text[this.at] !== char) return false;
		this.at++;
		return true;
	}

	private array(depth: number): JsonNode {
		this.at++;
		const items: JsonNode[] = [];
		if (this.peek(']')) return { kind: 'array', items };
		do items.push(this.value(depth + 1));
		while (this.peek(','));
		this.expect(']');
		return { kind: 'array', items };
	}

	private object(depth: number): JsonNode {
		this.at++;
		const entries: Array<[string, JsonNode]> = [];
		if (this.peek('}')) return { kind: 'object', entries };
		do {
			this.skip();
			if (this.text[this.at] !== '"') throw new Error('expected a key');
			const key = this.string();
			this.expect(':');
			entries.push([key, this.value(depth + 1)]);
		} while (this.peek(','));
		this.expect('}');
		return { kind: 'object', entries };
	}

	end(): void {
		this.skip();
		if (this.at !== this.text.length) throw new Error('text after the value');
	}
}

function parseTree(text: string): JsonNode | undefined {
	try {
		const reader = new Reader(text);
		const tree = reader.value(0);
		reader.end();
		return tree;
	} catch {
		return undefined;
	}
}

/** A JSON string as JSON.stringify writes it, with everything outside printable ASCII as \uXXXX when asked. */
export function quote(value: string, ascii: boolean): string {
	const json = JSON.stringify(value);
	// Python's ensure_ascii escapes everything but space..~ (DEL too), in lower-case hex, as UTF-16 units.
	return ascii ? json.replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

/** Python's sort_keys orders by code point; JavaScript's default sort by UTF-16 unit. */
function byCodePoint(a: string, b: string): number {
	const left = Array.from(a);
	const right = Array.from(b);
	for (let index = 0; index < Math.min(left.length, right.length); index++) {
		const diff = (left[index].codePointAt(0) ?? 0) - (right[index].codePointAt(0) ?? 0);
		if (diff !== 0) return diff;
	}
	return left.length - right.length;
}

function write(node: JsonNode, how: Serialization): string {
	const [item, pair] = how.style === 'python' ? [', ', ': '] : [',', ':'];
	switch (node.kind) {
		case 'literal':
			return node.text;
		case 'string':
			return quote(node.value, how.ascii);
		case 'array':
			return `[${node.items.map((child) => write(child, how)).join(item)}]`;
		case 'object': {
			const entries = how.sorted ? [...node.entries].sort(([a], [b]) => byCodePoint(a, b)) : node.entries;
			return `{${entries.map(([key, child]) => `${quote(key, how.ascii)}${pair}${write(child, how)}`).join(item)}}`;
		}
	}
}

/**
 * Every distinct candidate text of `data`, `raw` first. When the raw text cannot be re-read (too
 * deep, or not plain JSON), only `raw` is offered.
 */
export function dataCandidates(rawData: string): Array<{ name: string; text: string }> {
	const candidates = [{ name: 'raw', text: rawData }];
	const tree = parseTree(rawData);
	if (!tree) return candidates;
	const seen = new Set([rawData]);
	for (const how of SERIALIZATIONS) {
		const text = write(tree, how);
		if (seen.has(text)) continue;
		seen.add(text);
		candidates.push({ name: how.name, text });
	}
	return candidates;
}
