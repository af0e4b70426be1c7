/**
 * Whether a request may be sent again after an uncertain failure (a timeout after sending, a reset,
 * a 500/502/504): the service may already have processed it, so only an operation whose second run
 * changes nothing more than the first may be re-sent. Declared by every operation, never guessed from
 * the HTTP method (a POST can be a read, a PUT of Aplaut creates a record that is missing).
 * - `safe`: reads, PUT upserts, DELETEs, status and flag sets, updates of a known ID;
 * - `unsafe`: anything that adds a record (creates, imports, payments, expenses, tasks, uploads).
 */
export type ResendSafety = 'safe' | 'unsafe';

// One execute() call runs one operation over all its items, with one context object: the router
// records the operation's safety on that context, and the HTTP core reads it back per request.
const safetyByContext = new WeakMap<object, ResendSafety>();

export function declareResendSafety(context: object, safety: ResendSafety): void {
	safetyByContext.set(context, safety);
}

/** The safety the running operation declared; undefined outside an operation (triggers, load options). */
export function resendSafetyOf(context: object): ResendSafety | undefined {
	return safetyByContext.get(context);
}
