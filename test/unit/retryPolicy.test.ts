import {
	backoffDelayMs,
	DEFAULT_RETRY_SETTINGS,
	isRetryableNetworkCode,
	isRetryableStatus,
	nextRetryDelayMs,
	serverBudget,
	serverRequestedDelayMs,
} from '../../nodes/shared/http/retryPolicy';

const NOW = Date.parse('2026-11-22T10:00:00Z');

describe('serverRequestedDelayMs', () => {
	it('reads Retry-After in seconds, any header case', () => {
		expect(serverRequestedDelayMs({ 'Retry-After': '3' }, NOW)).toBe(3000);
		expect(serverRequestedDelayMs({ 'retry-after': '0.5' }, NOW)).toBe(500);
	});

	it('reads Retry-After as an HTTP date', () => {
		expect(serverRequestedDelayMs({ 'retry-after': 'Sun, 22 Nov 2026 10:00:07 GMT' }, NOW)).toBe(7000);
		expect(serverRequestedDelayMs({ 'retry-after': 'Sun, 22 Nov 2026 09:00:00 GMT' }, NOW)).toBe(0);
	});

	it('falls back to X-RateLimit-Reset as a UNIX time or as seconds', () => {
		expect(serverRequestedDelayMs({ 'x-ratelimit-reset': String(NOW / 1000 + 4) }, NOW)).toBe(4000);
		expect(serverRequestedDelayMs({ 'X-RateLimit-Reset': '2' }, NOW)).toBe(2000);
	});

	it('reads X-RateLimit-Reset as a date-time, as Aplaut documents it', () => {
		expect(serverRequestedDelayMs({ 'X-RateLimit-Reset': new Date(NOW + 3000).toISOString() }, NOW)).toBe(3000);
		expect(serverRequestedDelayMs({ 'X-RateLimit-Reset': '2020-01-01T12:00:00+00:00' }, NOW)).toBe(0);
	});

	it('ignores garbage', () => {
		expect(serverRequestedDelayMs({ 'retry-after': 'soon' }, NOW)).toBeUndefined();
		expect(serverRequestedDelayMs({}, NOW)).toBeUndefined();
	});
});

describe('backoff', () => {
	it('doubles per attempt within half and the whole step, capped', () => {
		const settings = { ...DEFAULT_RETRY_SETTINGS, baseDelayMs: 100, maxDelayMs: 1000 };
		expect(backoffDelayMs(0, settings, () => 0)).toBe(50);
		expect(backoffDelayMs(0, settings, () => 1)).toBe(100);
		expect(backoffDelayMs(3, settings, () => 1)).toBe(800);
		expect(backoffDelayMs(10, settings, () => 1)).toBe(1000);
	});

	it('stops at max retries and at the total wait budget, and prefers the server', () => {
		const settings = { ...DEFAULT_RETRY_SETTINGS, maxRetries: 2, maxTotalWaitMs: 5000 };
		const base = { settings, nowMs: NOW, random: () => 0.5 };
		expect(nextRetryDelayMs({ ...base, attempt: 0, waitedMs: 0, headers: { 'retry-after': '2' } })).toBe(2000);
		expect(nextRetryDelayMs({ ...base, attempt: 2, waitedMs: 0, headers: {} })).toBeUndefined();
		expect(nextRetryDelayMs({ ...base, attempt: 1, waitedMs: 4000, headers: { 'retry-after': '2' } })).toBeUndefined();
	});

	it('knows what is worth retrying', () => {
		expect([429, 502, 503, 504].every(isRetryableStatus)).toBe(true);
		expect([400, 401, 404, 422, 500].some(isRetryableStatus)).toBe(false);
		expect(isRetryableNetworkCode('ECONNRESET')).toBe(true);
		expect(isRetryableNetworkCode('ECONNREFUSED')).toBe(false);
	});
});

describe('a 429 without Retry-After', () => {
	const base = { settings: DEFAULT_RETRY_SETTINGS, nowMs: NOW, random: () => 1, attempt: 0, waitedMs: 0 };

	it("waits out the service's whole window, not a short backoff", () => {
		expect(nextRetryDelayMs({ ...base, headers: { 'X-RateLimit-Remaining': '0' }, status: 429, windowMs: 60_000 })).toBe(60_000);
		expect(nextRetryDelayMs({ ...base, headers: {}, status: 429, windowMs: 60_000 })).toBe(60_000);
		// Aplaut names its period; a 503 keeps the backoff; no known window keeps the backoff.
		expect(nextRetryDelayMs({ ...base, headers: { 'X-RateLimit-Period': '5' }, status: 429, windowMs: 60_000 })).toBe(5_000);
		expect(nextRetryDelayMs({ ...base, headers: {}, status: 503, windowMs: 60_000 })).toBe(500);
		expect(nextRetryDelayMs({ ...base, headers: {}, status: 429 })).toBe(500);
		// Retry-After still wins.
		expect(nextRetryDelayMs({ ...base, headers: { 'Retry-After': '7' }, status: 429, windowMs: 60_000 })).toBe(7_000);
	});

	it('by default, ten full one-minute windows in a row are sat out', () => {
		let waitedMs = 0;
		for (let attempt = 0; attempt < 10; attempt++) {
			const delay = nextRetryDelayMs({ ...base, attempt, waitedMs, headers: {}, status: 429, windowMs: 60_000 });
			expect(delay).toBe(60_000);
			waitedMs += delay!;
		}
		expect(nextRetryDelayMs({ ...base, attempt: 10, waitedMs, headers: {}, status: 429, windowMs: 60_000 })).toBeUndefined();
	});
});

describe('serverBudget', () => {
	it("reads Laravel's X-RateLimit-Remaining (KeyCRM)", () => {
		expect(serverBudget({ 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '12' }, NOW)).toEqual({
			remaining: 12,
			resetAt: undefined,
			windowMs: undefined,
		});
	});

	it("reads a Laravel 429: Retry-After and X-RateLimit-Reset as a UNIX time", () => {
		expect(
			serverBudget({ 'retry-after': '30', 'x-ratelimit-reset': String(NOW / 1000 + 30), 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0' }, NOW),
		).toEqual({ remaining: 0, resetAt: NOW + 30_000, windowMs: undefined });
	});

	it("reads Aplaut's 429: Period in seconds and a date-time Reset", () => {
		expect(
			serverBudget({ 'X-RateLimit-Limit': '1', 'X-RateLimit-Period': '60', 'X-RateLimit-Reset': new Date(NOW + 9_000).toISOString() }, NOW),
		).toEqual({ remaining: undefined, resetAt: NOW + 9_000, windowMs: 60_000 });
	});

	it('says nothing for an answer without rate-limit headers, and ignores garbage', () => {
		expect(serverBudget({ 'content-type': 'application/json' }, NOW)).toBeUndefined();
		expect(serverBudget({ 'x-ratelimit-remaining': 'lots' }, NOW)).toBeUndefined();
		expect(serverBudget({ 'x-ratelimit-limit': '60' }, NOW)).toBeUndefined();
	});
});
