/**
 * Whether a request may be sent again after an uncertain failure (a timeout after sending, a reset,
 * a 500/502/504): the service may already have processed it, so only an operation whose second run
 * changes nothing more than the first may be re-sent. Declared by every operation, never guessed from
 * the HTTP method (a POST can be a read, a PUT of Aplaut creates a record that is missing).
 * - `safe`: reads, PUT upserts, DELETEs, status and flag sets, updates of a known ID;
 * - `unsafe`: anything that adds a record (creates, imports, payments, expenses, tasks, uploads).
 */
export type ResendSafety = 'safe' | 'unsafe';

/** What an operation tells the user when its write may have happened but the answer was lost. */
export interface UncertainWrite {
	/** What may have happened, e.g. "Broniboy may have created this B2B order". */
	mayHave: string;
	/** What to look at before running it again, e.g. "check B2B Order → Get Many for …". */
	check: string;
}

interface Declared {
	safety: ResendSafety;
	uncertain?: UncertainWrite;
}

// One execute() call runs one operation over all its items, with one context object: the router
// records the operation's safety on that context, and the HTTP core reads it back per request.
const declaredByContext = new WeakMap<object, Declared>();

export function declareResendSafety(context: object, safety: ResendSafety, uncertain?: UncertainWrite): void {
	declaredByContext.set(context, { safety, uncertain });
}

/** The safety the running operation declared; undefined outside an operation (triggers, load options). */
export function resendSafetyOf(context: object): ResendSafety | undefined {
	return declaredByContext.get(context)?.safety;
}

/** The running operation's own words for an uncertain write, when it has them. */
export function uncertainWriteOf(context: object): UncertainWrite | undefined {
	return declaredByContext.get(context)?.uncertain;
}

/** The sentence an item fails with when a write that must not be re-sent lost its answer. */
export function uncertainWriteMessage(service: string, uncertain: UncertainWrite | undefined): string {
	const words = uncertain ?? {
		mayHave: `${service} may have carried out this request`,
		check: `check in ${service} whether it took effect`,
	};
	return `${words.mayHave}: ${words.check} before running it again`;
}
