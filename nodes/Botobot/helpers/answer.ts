/** What a 2xx answer that is not Botobot's `{"status": "success"}` is, in words. Pure. */

export interface UnexpectedAnswer {
	message: string;
	/** The raw answer; the shared core hides the token in it, then cuts it. */
	answer?: string;
}

function contentTypeOf(headers: Record<string, unknown>): string {
	const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
	const value = Array.isArray(entry) ? entry[0] : entry;
	return typeof value === 'string' ? value.split(';')[0].trim() : '';
}

function describe(body: unknown, contentType: string): string {
	if (body === undefined || (typeof body === 'string' && body.trim() === '')) return 'an empty answer';
	if (typeof body === 'string') {
		if (/^\s*</.test(body) || /html/i.test(contentType)) return 'an HTML page (is Botobot down for maintenance?)';
		return `text that is not JSON${contentType ? ` (${contentType})` : ''}`;
	}
	if (Array.isArray(body)) return 'a JSON list instead of {"status": …}';
	if (typeof body === 'object' && body !== null) {
		const { status } = body as Record<string, unknown>;
		if (status === undefined) return Object.keys(body).length === 0 ? 'an empty JSON object {}' : 'JSON without a "status" field';
		return `JSON with the status ${JSON.stringify(status)} (expected "success" or "fail")`;
	}
	return `the JSON value ${JSON.stringify(body)}`;
}

export function unexpectedAnswer(statusCode: number, headers: Record<string, unknown>, body: unknown): UnexpectedAnswer {
	const what = describe(body, contentTypeOf(headers));
	const raw = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
	return {
		message: `Botobot did not confirm the request: HTTP ${statusCode} with ${what}`,
		...(raw !== undefined && raw.trim() !== '' ? { answer: raw } : {}),
	};
}
