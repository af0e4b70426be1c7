/** When and how long to wait before retrying a request. Pure: no n8n imports, no clock of its own. */

import type { ServerBudget } from './pacer';

export type HeaderBag = Record<string, string | string[] | undefined>;

export interface RetrySettings {
	/** How many times a failed request is sent again (0 = never). */
	maxRetries: number;
	/** The most the node waits, in total, across the retries of one request. */
	maxTotalWaitMs: number;
	/** First backoff step; doubles with each attempt. */
	baseDelayMs: number;
	/** Cap of one backoff step (a server's Retry-After is honoured even above it). */
	maxDelayMs: number;
}

// Enough to sit out ten full one-minute windows (KeyCRM's) in a row: a burst of several hundred
// executions on one account, spread over several processes, loses no item.
export const DEFAULT_RETRY_SETTINGS: RetrySettings = {
	maxRetries: 10,
	maxTotalWaitMs: 600_000,
	baseDelayMs: 500,
	maxDelayMs: 30_000,
};

// The longest wait a server's Retry-After or reset time gets, in windows of its rate limit.
const MAX_RESET_WINDOWS = 3;

const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);
const RETRYABLE_NETWORK_CODES = new Set([
	'ECONNRESET',
	'ETIMEDOUT',
	'ECONNABORTED',
	'EPIPE',
	'ESOCKETTIMEDOUT',
	'UND_ERR_SOCKET',
	'UND_ERR_CONNECT_TIMEOUT',
	'UND_ERR_HEADERS_TIMEOUT',
	'UND_ERR_BODY_TIMEOUT',
]);

// Answers and errors that prove the request was not processed: a 429, a 503 naming a time to come
// back (a planned pause), and failures before a connection existed (nothing was sent).
const NOT_SENT_NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);
// A failure after the request left: the service may have carried it out. 500 is one too (the write
// may have happened before the error); a read after a 500 is sent again like after a 502.
const UNCERTAIN_STATUSES = new Set([500, 502, 503, 504]);

/**
 * What a failed attempt says about the request:
 * - `notProcessed`: the service surely did nothing; every operation may send it again;
 * - `uncertain`: the service may have done it; only a safe operation is sent again as it is;
 * - `final`: an answer to show (4xx, other errors).
 */
export type AttemptVerdict = 'notProcessed' | 'uncertain' | 'final';

export function verdictOfStatus(status: number, headers: HeaderBag): AttemptVerdict {
	if (status === 429) return 'notProcessed';
	if (status === 503 && headerValue(headers, 'retry-after') !== undefined) return 'notProcessed';
	return UNCERTAIN_STATUSES.has(status) ? 'uncertain' : 'final';
}

export function verdictOfNetworkCode(code: string | undefined): AttemptVerdict {
	if (code !== undefined && NOT_SENT_NETWORK_CODES.has(code)) return 'notProcessed';
	return isRetryableNetworkCode(code) ? 'uncertain' : 'final';
}

/** A refused connection or an unknown host is most often a wrong base URL: a short second chance, not minutes. */
export const NOT_SENT_MAX_RETRIES = 2;

/**
 * Whether a failed attempt may be sent again as it is: a failure that proves nothing was processed
 * always, an uncertain one only for an operation that may be re-sent.
 */
export function mayResend(verdict: AttemptVerdict, safety: 'safe' | 'unsafe'): boolean {
	if (verdict === 'notProcessed') return true;
	return verdict === 'uncertain' && safety === 'safe';
}

export function isRetryableStatus(status: number): boolean {
	return RETRYABLE_STATUSES.has(status);
}

export function isRetryableNetworkCode(code: string | undefined): boolean {
	return code !== undefined && RETRYABLE_NETWORK_CODES.has(code);
}

export function headerValue(headers: HeaderBag, name: string): string | undefined {
	const wanted = name.toLowerCase();
	for (const [key, value] of Object.entries(headers)) {
		if (key.toLowerCase() !== wanted || value === undefined) continue;
		return Array.isArray(value) ? value[0] : String(value);
	}
	return undefined;
}

/**
 * The wait a server asks for, in ms: `Retry-After` (seconds or an HTTP date), else `X-RateLimit-Reset`
 * (an ISO date-time as Aplaut's 4.1 spec shows it; a value that looks like a UNIX time is taken as
 * one, in seconds or, when it is that large, in milliseconds; a small number as seconds from now).
 */
export function serverRequestedDelayMs(headers: HeaderBag, nowMs: number): number | undefined {
	const retryAfter = headerValue(headers, 'retry-after')?.trim();
	if (retryAfter) {
		if (/^\d+(\.\d+)?$/.test(retryAfter)) return Math.ceil(Number(retryAfter) * 1000);
		const date = Date.parse(retryAfter);
		if (!Number.isNaN(date)) return Math.max(0, date - nowMs);
	}
	const reset = headerValue(headers, 'x-ratelimit-reset')?.trim();
	if (reset && /^\d+(\.\d+)?$/.test(reset)) {
		const value = Number(reset);
		if (value > 1_000_000_000_000) return Math.max(0, Math.ceil(value - nowMs));
		if (value > 1_000_000_000) return Math.max(0, Math.ceil(value * 1000 - nowMs));
		return Math.ceil(value * 1000);
	}
	// Aplaut's 4.1 spec shows a date-time: "X-RateLimit-Reset: 2020-01-01T12:00:00+00:00".
	if (reset && /^\d{4}-\d{2}-\d{2}T/.test(reset)) {
		const date = Date.parse(reset);
		if (!Number.isNaN(date)) return Math.max(0, date - nowMs);
	}
	return undefined;
}

function headerNumber(headers: HeaderBag, name: string): number | undefined {
	const text = headerValue(headers, name)?.trim();
	return text && /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/**
 * What an answer says about the service's own count: `X-RateLimit-Remaining` (Laravel's throttle,
 * KeyCRM), `X-RateLimit-Period` in seconds (Aplaut), and when the window ends (`Retry-After` or
 * `X-RateLimit-Reset`). Undefined when the answer says nothing of what is left. `nowMs` is the wall
 * clock the service's dates are read against; the reset time is given on `clockNowMs`'s clock (the
 * pacer's).
 */
export function serverBudget(headers: HeaderBag, nowMs: number, clockNowMs = nowMs): ServerBudget | undefined {
	const remaining = headerNumber(headers, 'x-ratelimit-remaining');
	const period = headerNumber(headers, 'x-ratelimit-period');
	const delay = serverRequestedDelayMs(headers, nowMs);
	if (remaining === undefined && delay === undefined) return undefined;
	return {
		remaining,
		resetAt: delay !== undefined ? clockNowMs + delay : undefined,
		windowMs: period !== undefined && period > 0 ? period * 1000 : undefined,
	};
}

/** Exponential backoff with "full jitter" between half and the whole step, so parallel clients spread out. */
export function backoffDelayMs(attempt: number, settings: RetrySettings, random: () => number): number {
	const step = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** attempt);
	return Math.round(step / 2 + (random() * step) / 2);
}

/**
 * The delay before retry number `attempt + 1`, or undefined when the request must not be retried
 * (out of retries, or the wait would break the total budget).
 */
export function nextRetryDelayMs(args: {
	attempt: number;
	waitedMs: number;
	settings: RetrySettings;
	headers: HeaderBag;
	nowMs: number;
	random: () => number;
	/** The answer's status: a 429 that names no wait is waited out for a whole window. */
	status?: number;
	/** The service's rate-limit window, when known. */
	windowMs?: number;
}): number | undefined {
	const { attempt, waitedMs, settings, headers, nowMs, random, status, windowMs } = args;
	if (attempt >= settings.maxRetries) return undefined;
	// A reset time many windows away is a wrong unit or clock: waiting for it would only fail the item later.
	const asked = serverRequestedDelayMs(headers, nowMs);
	const requested = asked !== undefined && windowMs !== undefined ? Math.min(asked, MAX_RESET_WINDOWS * windowMs) : asked;
	// A short backoff after a bare 429 only meets the same full window again.
	const period = headerNumber(headers, 'x-ratelimit-period');
	const window = status === 429 ? (period ? period * 1000 : windowMs) : undefined;
	const delay = requested ?? window ?? backoffDelayMs(attempt, settings, random);
	if (waitedMs + delay > settings.maxTotalWaitMs) return undefined;
	return delay;
}
