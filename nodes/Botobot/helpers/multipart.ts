/**
 * The text fields of a `multipart/form-data` body (what PHP's curl sends when given an array), as
 * name/value pairs in order — file parts are left out. Pure: no n8n imports, never throws.
 *
 * n8n hands a multipart body to its own parser (formidable) and keeps no raw text; then the fields
 * arrive flat (`{"goods[0][id]": "7"}`) under `body.data`, which `pairsFromParsedFields` reads. When the
 * raw body is there (another web server, or a test), `multipartPairs` reads it directly.
 */
import type { FormPair } from './bracketNotation';

/** More parts than any order has; a body with more is refused rather than read. */
export const MAX_PARTS = 5000;

export type MultipartReading = { ok: true; pairs: FormPair[] } | { ok: false; reason: string };

/** The boundary parameter of a multipart content type, unquoted; undefined when there is none. */
export function boundaryOf(contentType: string | undefined): string | undefined {
	if (!contentType || !/^\s*multipart\/form-data\s*(;|$)/i.test(contentType)) return undefined;
	const match = /;\s*boundary\s*=\s*(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
	return match ? (match[1] ?? match[2]) : undefined;
}

export function isMultipart(contentType: string | undefined): boolean {
	return typeof contentType === 'string' && /^\s*multipart\/form-data/i.test(contentType);
}

/** A header parameter (`name="goods[0][id]"`), quoted with backslash escapes or bare. */
function parameterOf(header: string, name: string): string | undefined {
	const pattern = new RegExp(`;\\s*${name}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i');
	const match = pattern.exec(header);
	if (!match) return undefined;
	return match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2];
}

function readPart(part: string): { name?: string; isFile: boolean; value: string } | undefined {
	// Senders use CRLF; LF alone is read too.
	const split = /\r?\n\r?\n/.exec(part);
	if (!split) return undefined;
	const headers = part.slice(0, split.index).split(/\r?\n/);
	const value = part.slice(split.index + split[0].length);
	const disposition = headers.find((line) => /^content-disposition\s*:/i.test(line));
	if (!disposition || !/:\s*form-data\b/i.test(disposition)) return undefined;
	return { name: parameterOf(disposition, 'name'), isFile: parameterOf(disposition, 'filename') !== undefined, value };
}

/** The text fields of a raw multipart body, by the boundary its content type names. */
export function multipartPairs(rawBody: string, contentType: string | undefined): MultipartReading {
	const boundary = boundaryOf(contentType);
	if (!boundary) return { ok: false, reason: 'The multipart body has no boundary in its Content-Type' };
	const delimiter = `--${boundary}`;
	const start = rawBody.startsWith(delimiter) ? 0 : rawBody.indexOf(`\n${delimiter}`);
	if (start === -1) return { ok: false, reason: 'The multipart body does not start with its boundary' };
	const sections = rawBody.slice(start === 0 ? 0 : start + 1).split(new RegExp(`\\r?\\n?${escapeRegExp(delimiter)}`));
	// sections[0] is the preamble (empty); the last one starts with "--" (the closing delimiter).
	const closed = sections.length > 1 && sections[sections.length - 1].startsWith('--');
	if (!closed) return { ok: false, reason: 'The multipart body is cut off (no closing boundary)' };
	const parts = sections.slice(1, -1);
	if (parts.length > MAX_PARTS) return { ok: false, reason: `The multipart body has more than ${MAX_PARTS} parts` };
	const pairs: FormPair[] = [];
	for (const section of parts) {
		const part = readPart(section.replace(/^[ \t]*\r?\n/, ''));
		if (!part) return { ok: false, reason: 'A part of the multipart body has no form-data header' };
		if (part.name === undefined || part.name === '' || part.isFile) continue;
		pairs.push([part.name, part.value]);
	}
	return { ok: true, pairs };
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Fields a multipart parser already read into a flat map (a repeated name holds a list). */
export function pairsFromParsedFields(fields: Record<string, unknown>): FormPair[] {
	const pairs: FormPair[] = [];
	for (const [name, value] of Object.entries(fields)) {
		for (const entry of Array.isArray(value) ? value : [value]) {
			if (typeof entry === 'string' || typeof entry === 'number' || typeof entry === 'boolean') pairs.push([name, String(entry)]);
		}
	}
	return pairs;
}
