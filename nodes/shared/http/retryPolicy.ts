/** When and how long to wait before retrying a request. Pure: no n8n imports, no clock of its own. */

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

export const DEFAULT_RETRY_SETTINGS: RetrySettings = {
	maxRetries: 5,
	maxTotalWaitMs: 120_000,
	baseDelayMs: 500,
	maxDelayMs: 30_000,
};

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
 * one, a small number as seconds from now).
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
}): number | undefined {
	const { attempt, waitedMs, settings, headers, nowMs, random } = args;
	if (attempt >= settings.maxRetries) return undefined;
	const requested = serverRequestedDelayMs(headers, nowMs);
	const delay = requested ?? backoffDelayMs(attempt, settings, random);
	if (waitedMs + delay > settings.maxTotalWaitMs) return undefined;
	return delay;
}
