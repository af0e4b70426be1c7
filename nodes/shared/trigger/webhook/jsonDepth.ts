/** How deeply parsed webhook bodies may nest. Pure: no n8n imports. */

/** Deeper than any real delivery of the four services (theirs nest 3–5 levels). */
export const MAX_BODY_DEPTH = 32;

/**
 * Whether a parsed value nests deeper than `limit` (an object or array of scalars is 1). Iterative,
 * so a hostile body cannot exhaust the stack here — nor later, in code that walks it recursively
 * (redaction, n8n's own serialization of the execution data).
 */
export function nestedDeeperThan(value: unknown, limit: number = MAX_BODY_DEPTH): boolean {
	const stack: Array<[unknown, number]> = [[value, 1]];
	while (stack.length > 0) {
		const [current, depth] = stack.pop()!;
		if (typeof current !== 'object' || current === null) continue;
		if (depth > limit) return true;
		for (const child of Object.values(current as object)) stack.push([child, depth + 1]);
	}
	return false;
}

export const TOO_DEEP = `The body is nested more than ${MAX_BODY_DEPTH} levels deep`;
