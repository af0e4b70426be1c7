import { RequestPacer } from '../../nodes/shared/http/pacer';
import { PacerRegistry, strictestPace } from '../../nodes/shared/http/pacerRegistry';
import { nextRetryDelayMs, serverBudget, serverRequestedDelayMs, DEFAULT_RETRY_SETTINGS } from '../../nodes/shared/http/retryPolicy';
import { virtualClock } from '../support/virtualClock';

const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);

describe('pacer edges (issue 23)', () => {
	it('a clock that steps back an hour does not stall the pace: the wait stays within the window', async () => {
		const clock = virtualClock();
		clock.time = 10 * 3_600_000;
		const pacer = new RequestPacer({ limit: { requests: 2, periodMs: 1000 } }, clock);
		let thirdAt: number | undefined;
		await clock.run(
			(async () => {
				(await pacer.acquire())();
				(await pacer.acquire())();
				clock.time -= 3_600_000; // the wall clock is set back an hour
				const start = clock.time;
				(await pacer.acquire())();
				thirdAt = clock.time - start;
			})(),
		);
		expect(thirdAt).toBeGreaterThan(0);
		expect(thirdAt).toBeLessThanOrEqual(1010);
	});

	it('a pause or reset far in the future holds the account at most three windows', async () => {
		const clock = virtualClock();
		const pacer = new RequestPacer({ limit: { requests: 10, periodMs: 1000 }, windowMs: 1000 }, clock);
		const starts: number[] = [];
		await clock.run(
			(async () => {
				// Remaining 0 until a reset read in the wrong unit (a millisecond epoch taken as seconds).
				(await pacer.acquire())({ budget: { remaining: 0, resetAt: NOW * 1000 } });
				(await pacer.acquire())();
				starts.push(clock.time);
				pacer.pauseUntil(clock.time + 365 * 86_400_000);
				(await pacer.acquire())();
				starts.push(clock.time);
			})(),
		);
		expect(starts[0]).toBeLessThanOrEqual(3000);
		expect(starts[1] - starts[0]).toBeLessThanOrEqual(3000);
	});

	it('X-RateLimit-Reset as a millisecond epoch is read as one; a far-future reset is capped to three windows for a retry', () => {
		expect(serverRequestedDelayMs({ 'X-RateLimit-Reset': String(NOW + 4000) }, NOW)).toBe(4000);
		expect(serverBudget({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(NOW + 4000) }, NOW, 50)?.resetAt).toBe(4050);
		const farFuture = { 'X-RateLimit-Reset': '2099-01-01T00:00:00+00:00' };
		const delay = nextRetryDelayMs({ attempt: 0, waitedMs: 0, settings: DEFAULT_RETRY_SETTINGS, headers: farFuture, nowMs: NOW, random: () => 0.5, status: 429, windowMs: 10_000 });
		expect(delay).toBe(30_000);
	});

	it('one pace per credential keeps the strictest settings of the nodes using it, whichever asked last', () => {
		const clock = virtualClock();
		const registry = new PacerRegistry(clock);
		const strict = { limit: { requests: 10, periodMs: 60_000 }, windowMs: 60_000 };
		const loose = { limit: { requests: 60, periodMs: 60_000 }, windowMs: 60_000 };
		registry.get('keyCrmApi|1', loose);
		registry.get('keyCrmApi|1', strict);
		expect(registry.get('keyCrmApi|1', loose).limit).toEqual(strict.limit);
		// A node with pacing off does not lift another node's pace.
		expect(registry.get('keyCrmApi|1', { windowMs: 60_000 }).limit).toEqual(strict.limit);
		// Once the strict node has not asked for a while (twice its window and a minute), the loose pace applies.
		clock.time += 4 * 60_000;
		expect(registry.get('keyCrmApi|1', loose).limit).toEqual(loose.limit);
	});

	it('the strictest pace is the slowest rate, then the smaller burst, with the longest window', () => {
		expect(
			strictestPace([
				{ limit: { requests: 10, periodMs: 1000 }, windowMs: 1000 },
				{ limit: { requests: 60, periodMs: 60_000 }, windowMs: 60_000 },
				{ limit: { requests: 2, periodMs: 2000 } },
			]),
		).toEqual({ limit: { requests: 2, periodMs: 2000 }, windowMs: 60_000 });
		expect(strictestPace([{ limit: { requests: 4, periodMs: 2000 } }, { limit: { requests: 2, periodMs: 1000 } }]).limit).toEqual({ requests: 2, periodMs: 1000 });
		expect(strictestPace([{}, { windowMs: 5000 }])).toEqual({ limit: undefined, windowMs: 5000 });
	});

	it('a share cut by a 429 that carried no count is dropped once the service tells its count', async () => {
		const clock = virtualClock();
		const pacer = new RequestPacer({ limit: { requests: 10, periodMs: 1000 }, windowMs: 1000 }, clock);
		await clock.run(
			(async () => {
				// The first answer of a new pace is a bare 429 (a proxy, an injected fault): the share is cut.
				(await pacer.acquire())({ refused: true });
				pacer.refused(clock.now());
				expect(pacer.currentShare).toBeLessThan(10);
				// The next answers carry X-RateLimit-Remaining: the counts lead, with the whole limit.
				(await pacer.acquire())({ budget: { remaining: 8 } });
				expect(pacer.currentShare).toBe(10);
			})(),
		);
	});
});

