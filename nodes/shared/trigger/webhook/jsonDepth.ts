/** The shape and size a webhook body may have. Pure: no n8n imports. */

/** Deeper than any real delivery of the four services (theirs nest 3–5 levels). */
export const MAX_BODY_DEPTH = 32;

/** Longer than any list a real delivery holds (goods of an order, review photos). */
export const MAX_LIST_ENTRIES = 1000;

/** Bodies of KeyCRM, Aplaut and Botobot deliveries are a few KB; n8n itself accepts up to 16 MiB. */
export const MAX_BODY_BYTES = 1024 * 1024;

export const TOO_DEEP = `The body is nested more than ${MAX_BODY_DEPTH} levels deep`;
export const TOO_LONG = `The body holds a list of more than ${MAX_LIST_ENTRIES} entries`;
export const TOO_LARGE = `The body is larger than ${MAX_BODY_BYTES / (1024 * 1024)} MiB`;

/**
 * Whether a parsed value nests deeper than `limit` (an object or array of scalars is 1). Iterative,
 * so a hostile body cannot exhaust the stack here — nor later, in code that walks it recursively
 * (redaction, n8n's own serialization of the execution data).
 */
export function nestedDeeperThan(value: unknown, limit: number = MAX_BODY_DEPTH): boolean {
	return shapeProblem(value, limit, Number.POSITIVE_INFINITY) !== undefined;
}

/** Why a parsed body cannot be a real delivery (too deep, a list too long), or undefined. Iterative. */
export function bodyShapeProblem(value: unknown): string | undefined {
	return shapeProblem(value, MAX_BODY_DEPTH, MAX_LIST_ENTRIES);
}

function shapeProblem(value: unknown, depthLimit: number, listLimit: number): string | undefined {
	const stack: Array<[unknown, number]> = [[value, 1]];
	while (stack.length > 0) {
		const [current, depth] = stack.pop()!;
		if (typeof current !== 'object' || current === null) continue;
		if (depth > depthLimit) return TOO_DEEP;
		if (Array.isArray(current) && current.length > listLimit) return TOO_LONG;
		for (const child of Object.values(current as object)) stack.push([child, depth + 1]);
	}
	return undefined;
}

/** Why a raw body is too large to be a delivery, or undefined. */
export function bodySizeProblem(rawBody: unknown): string | undefined {
	const size = Buffer.isBuffer(rawBody) ? rawBody.length : typeof rawBody === 'string' ? Buffer.byteLength(rawBody, 'utf8') : 0;
	return size > MAX_BODY_BYTES ? TOO_LARGE : undefined;
}
