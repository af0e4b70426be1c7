/**
 * Secrets carried in a webhook URL, for services that cannot sign (Botobot, KeyCRM). Pure.
 *
 * The secret is best a path segment (`…/botobot/<secret>`): nothing a sender appends to the URL can
 * break it. A `secret=` query parameter is read too, whether the sender joined its own query with
 * `&` or with a second `?` (`…?secret=S?id=902&…`) — how Botobot joins is not documented.
 */

/** Characters a URL secret may have: they travel unescaped in a path segment and a query. */
export const URL_SECRET_PATTERN = /^[A-Za-z0-9_~.-]+$/;

export const MIN_URL_SECRET_LENGTH = 16;

/** Why a secret cannot be used in a URL, or undefined when it can. */
export function urlSecretProblem(secret: unknown): string | undefined {
	if (typeof secret !== 'string' || secret === '') return 'The secret is empty';
	if (secret.length < MIN_URL_SECRET_LENGTH) {
		return `The secret is only ${secret.length} characters long; use at least ${MIN_URL_SECRET_LENGTH}`;
	}
	if (!URL_SECRET_PATTERN.test(secret)) {
		return 'The secret may contain only letters, digits and - _ . ~ (it travels in the URL unescaped)';
	}
	return undefined;
}

function decode(text: string): string {
	try {
		return decodeURIComponent(text.replace(/\+/g, ' '));
	} catch {
		return text;
	}
}

/** Every value of `name` in a raw query, splitting on `&` and on any further `?`. */
export function queryValues(rawQuery: string, name: string): string[] {
	return rawQuery
		.split(/[&?]/)
		.map((pair) => pair.split('='))
		.filter(([key]) => decode(key ?? '') === name)
		.map(([, ...value]) => decode(value.join('=')));
}

/** The raw query of a request URL (after the first `?`), or ''. */
export function rawQueryOf(url: string | undefined): string {
	if (typeof url !== 'string') return '';
	const start = url.indexOf('?');
	return start === -1 ? '' : url.slice(start + 1);
}

/**
 * A path secret split from what a sender appended with `&` instead of `?` (`…/<secret>&id=901`):
 * a secret never holds `&` (URL_SECRET_PATTERN), so the rest is a query.
 */
export function splitPathSecret(pathSecret: string): { secret: string; query: string } {
	const at = pathSecret.indexOf('&');
	return at === -1 ? { secret: pathSecret, query: '' } : { secret: pathSecret.slice(0, at), query: pathSecret.slice(at + 1) };
}

/**
 * The whole query a request carries: what followed the path secret after a `&`, then the URL's own
 * query, every further `?` read as `&` (how senders join their query to a URL that has one is not
 * documented, and their own values come URL-encoded, so a bare `?` is never part of one).
 */
export function fullRawQuery(request: { pathSecret?: string; url?: string }): string {
	const parts = [request.pathSecret ? splitPathSecret(request.pathSecret).query : '', rawQueryOf(request.url)];
	return parts
		.filter((part) => part !== '')
		.join('&')
		.replace(/\?/g, '&');
}

/**
 * The secret candidates a request carries: the path parameter first, then each `name=` value in the
 * query. The caller compares each in constant time and accepts when one matches.
 */
export function urlSecretCandidates(request: { pathSecret?: string; url?: string }, name = 'secret'): string[] {
	const candidates = request.pathSecret ? [decode(splitPathSecret(request.pathSecret).secret)] : [];
	return [...candidates, ...queryValues(fullRawQuery(request), name)];
}
