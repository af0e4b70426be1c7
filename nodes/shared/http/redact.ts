/** Hides secrets (tokens that may sit in a URL path, keys) in any text before it leaves the node. */

export const REDACTED = '***';

/** Each secret as it may appear in a text: plain and URL-encoded, longest first. */
function formsOf(secrets: readonly string[]): string[] {
	const forms = new Set<string>();
	for (const secret of secrets) {
		if (secret === '') continue;
		forms.add(secret);
		forms.add(encodeURIComponent(secret));
	}
	return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * Every secret hidden, however short: a short one hides more than it should, but a visible one
 * would be worse (real tokens are long; a short one is a mistake the messages must not spread).
 */
export function redactText(text: string, secrets: readonly string[]): string {
	let result = text;
	for (const form of formsOf(secrets)) result = result.split(form).join(REDACTED);
	return result;
}

/**
 * At most `max` characters of a text, secrets hidden first. A text that ends inside a secret (cut
 * earlier by whoever sent it) would still show the secret's first characters, so a tail that is a
 * prefix of a secret is hidden too.
 */
export function redactAndCut(text: string, secrets: readonly string[], max: number): string {
	const redacted = redactText(text, secrets);
	const cut = redacted.length > max ? redacted.slice(0, max) : redacted;
	const forms = formsOf(secrets);
	for (let length = Math.min(cut.length, Math.max(0, ...forms.map((form) => form.length - 1))); length > 0; length--) {
		const tail = cut.slice(cut.length - length);
		if (forms.some((form) => form.startsWith(tail))) {
			return `${cut.slice(0, cut.length - length)}${REDACTED}${redacted.length > max ? '…' : ''}`;
		}
	}
	return redacted.length > max ? `${cut}…` : cut;
}

/** A deep copy of a JSON-like value with every string redacted. */
export function redactValue<T>(value: T, secrets: readonly string[]): T {
	if (typeof value === 'string') return redactText(value, secrets) as T;
	if (Array.isArray(value)) return value.map((entry) => redactValue(entry, secrets)) as T;
	if (value !== null && typeof value === 'object') {
		const copy: Record<string, unknown> = {};
		for (const [key, entry] of Object.entries(value)) copy[key] = redactValue(entry, secrets);
		return copy as T;
	}
	return value;
}
