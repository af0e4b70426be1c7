import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import type { ResendSafety } from './resend';
import type { HeaderBag } from './retryPolicy';
import type { RateLimit } from './pacer';

export interface ApiResponse {
	statusCode: number;
	headers: HeaderBag;
	/** Parsed JSON, or the raw text when the service did not answer JSON. */
	body: unknown;
}

/** A service's own account of what went wrong, as its error envelope carries it. */
export interface ServiceFailure {
	message: string;
	/** Field name → messages (Laravel, Broniboy `dev_err`, JSON:API details), or free lines. */
	fieldErrors?: Record<string, unknown> | string[];
	code?: string | number;
	/** What the service sent, when that is the news (not its JSON): shown redacted, then cut. */
	answer?: string;
}

export type BodyFormat = 'json' | 'jsonApi' | 'form';

/**
 * Everything the shared core needs to know about one service: data, not logic repeated per call.
 */
export interface ServiceProfile {
	/** Shown in messages: "KeyCRM", "Aplaut", … */
	name: string;
	credentialType: string;
	/** Credential fields whose values must never appear in a message or an output. */
	secretFields: string[];
	/** Pacing applied unless the user changes it in the node's Request Options. */
	defaultRateLimit?: RateLimit;
	/**
	 * Length of the service's rate-limit window (KeyCRM: one minute), unless the user sets a Period:
	 * a 429 without Retry-After waits this long, and an X-RateLimit-Remaining without a reset time
	 * is taken to hold this long. Without it a bare 429 gets a short exponential backoff.
	 */
	rateLimitWindowMs?: number;
	bodyFormat: BodyFormat;
	/** Sent as Accept. */
	accept: string;
	/**
	 * Reads a failure out of a response. Called for every response, because some services
	 * (Botobot, Broniboy) report failures inside a 200 body.
	 */
	failureOf(response: ApiResponse): ServiceFailure | undefined;
	/** Turns a successful body into what operations work with (e.g. Broniboy's `data`). */
	unwrap?(body: unknown): unknown;
}

export interface ApiCall {
	method: IHttpRequestMethods;
	/** Path below the credential's base URL, starting with "/". */
	path: string;
	qs?: IDataObject;
	/** A plain object is encoded in the service's body format; a FormData or string is sent as it is. */
	body?: unknown;
	headers?: Record<string, string>;
	/** Repeated query keys (`a=1&a=2`) instead of `a[0]=1`. */
	arrayFormat?: 'repeat' | 'brackets' | 'indices' | 'comma';
	/** Return the full response instead of the unwrapped body. */
	fullResponse?: boolean;
	/**
	 * A limit of this endpoint on top of the account's (e.g. Aplaut's one scroll request per 2 s),
	 * shared by every execution on the credential and applied whatever the user's pacing is.
	 */
	endpointLimit?: RateLimit & { name: string };
	/**
	 * Send this credential field as `Authorization: Bearer <value>`: for an endpoint that takes the
	 * token differently from the service's documented methods (Botobot's undocumented `GET /orders`).
	 * The credential's `authenticate` must leave a request that already carries Authorization alone.
	 */
	bearerFrom?: string;
	/** Overrides the running operation's safety for this call: a lookup inside a create is a safe read. */
	resend?: ResendSafety;
	/**
	 * For a write that must not be re-sent blindly: after an uncertain failure, looks for what the
	 * write would have made. What it finds is the answer; undefined means it was not made, and the
	 * request is sent again (while retries are left).
	 */
	verify?: () => Promise<unknown>;
}

export interface RequestSettings {
	rateLimit?: RateLimit;
	/** The service's window: the user's Period when set, else the profile's rateLimitWindowMs. */
	rateLimitWindowMs?: number;
	/** The most one request waits for a slot of the shared pace before its item fails. */
	maxSlotWaitMs: number;
	maxRetries: number;
	maxRetryWaitMs: number;
	timeoutMs: number;
	parallelRequests: number;
}
