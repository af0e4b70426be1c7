import { RequestPacer, type PacerClock } from '../../nodes/shared/http/pacer';
import { serverBudget } from '../../nodes/shared/http/retryPolicy';
import { generator } from '../support/random';
import { virtualClock } from '../support/virtualClock';

/**
 * A fixed-window throttle (the window starts with its first request) that tells nothing of its
 * count: no X-RateLimit-* headers, only Retry-After on a 429 (or nothing at all, `bare`). With
 * `counts`, Laravel's X-RateLimit-Remaining on every answer, as KeyCRM sends it.
 */
function silentThrottle(clock: PacerClock, limit: number, windowMs: number, bare = false, counts: boolean | number = false) {
	// A number: the count is sent until then (ms), as a service or proxy may stop sending it.
	const tells = () => (typeof counts === 'number' ? clock.now() < counts : counts);
	let window = { start: -Infinity, count: 0 };
	const log: Array<{ at: number; status: number }> = [];
	return {
		log,
		hit(): { status: number; headers: Record<string, string> } {
			const now = clock.now();
			if (now - window.start >= windowMs) window = { start: now, count: 0 };
			if (window.count >= limit) {
				log.push({ at: now, status: 429 });
				const retryAfter = String(Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)));
				return { status: 429, headers: bare ? {} : { 'Retry-After': retryAfter, ...(tells() ? { 'X-RateLimit-Remaining': '0' } : {}) } };
			}
			window.count++;
			log.push({ at: now, status: 200 });
			return { status: 200, headers: tells() ? { 'X-RateLimit-Remaining': String(limit - window.count) } : {} };
		},
	};
}

/** What apiRequest does around one request: pace, send, release, and on a 429 wait and go again. */
async function send(clock: PacerClock, pacer: RequestPacer, server: ReturnType<typeof silentThrottle>, windowMs: number, random: () => number) {
	for (let attempt = 0; attempt <= 50; attempt++) {
		const release = await pacer.acquire({ retry: attempt > 0 });
		// 10–40 ms of network each way.
		await clock.sleep(10 + 30 * random());
		const answer = server.hit();
		await clock.sleep(10 + 30 * random());
		const budget = serverBudget(answer.headers, clock.now());
		release({ budget, refused: answer.status === 429, counts: answer.status < 400 ? budget?.remaining !== undefined : undefined });
		if (answer.status !== 429) return true;
		const retryAfter = answer.headers['Retry-After'];
		pacer.refused(clock.now() + (retryAfter ? Number(retryAfter) * 1000 : windowMs));
	}
	return false;
}

/**
 * Several processes (queue-mode workers), each with its own pacer at the full limit, each running
 * `concurrency` executions at a time taken from one shared queue of work; each execution sends
 * `requestsPerJob` requests one after the other (example 1: the look-up, then the create).
 */
async function simulate(
	processes: number,
	options: { limit: number; windowMs: number; jobs: number; concurrency?: number; bare?: boolean; seed?: number; requestsPerJob?: number; counts?: boolean | number },
) {
	const { limit, windowMs } = options;
	const clock = virtualClock();
	const server = silentThrottle(clock, limit, windowMs, options.bare, options.counts);
	const pacers = Array.from({ length: processes }, () => new RequestPacer({ limit: { requests: limit, periodMs: windowMs }, windowMs }, clock));
	const random = generator(options.seed ?? 23).next;
	let queued = options.jobs;
	const sent: boolean[] = [];
	const worker = async (pacer: RequestPacer) => {
		while (queued > 0) {
			queued--;
			for (let request = 0; request < (options.requestsPerJob ?? 1); request++) sent.push(await send(clock, pacer, server, windowMs, random));
		}
	};
	const concurrency = options.concurrency ?? 10;
	await clock.run(Promise.all(pacers.flatMap((pacer) => Array.from({ length: concurrency }, async () => await worker(pacer)))));
	const first = server.log[0].at;
	const end = server.log[server.log.length - 1].at;
	// After the first two windows (the processes meet there), until the last full window.
	const settled = server.log.filter((entry) => entry.at >= first + 2 * windowMs && entry.at < first + Math.floor((end - first) / windowMs) * windowMs);
	const span = (Math.floor((end - first) / windowMs) - 2) * windowMs;
	const accepted = settled.filter((entry) => entry.status === 200).length;
	// The pace window for window, and the 429s of the second half, as bench section 6 reads a burst.
	const allAccepted = server.log.filter((entry) => entry.status === 200);
	const gaps = allAccepted.slice(limit).map((entry, index) => entry.at - allAccepted[index].at);
	const secondHalf = server.log.filter((entry) => entry.at >= first + (end - first) / 2);
	return {
		pace: windowMs / (gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length),
		refusedShareSecondHalf: secondHalf.filter((entry) => entry.status === 429).length / secondHalf.length,
		lost: sent.filter((ok) => !ok).length,
		refusedShare: settled.filter((entry) => entry.status === 429).length / settled.length,
		ofLimit: accepted / ((span / windowMs) * limit),
		shares: pacers.map((pacer) => pacer.currentShare),
	};
}

describe('several processes on one account, no rate-limit headers: a fair share from 429s alone', () => {
	for (const processes of [2, 4]) {
		for (const [limit, jobs] of [
			[20, 600],
			[60, 1500],
		]) {
			it(`${processes} processes each paced at the full limit (${limit} per window) settle near limit ÷ ${processes}: few 429s, most of the limit used`, async () => {
				const result = await simulate(processes, { limit, windowMs: 10_000, jobs });
				expect(result.lost).toBe(0);
				expect(result.refusedShare).toBeLessThanOrEqual(0.05);
				expect(result.ofLimit).toBeGreaterThanOrEqual(0.85);
			});
		}
	}

	// Issue 23, bench section 6: a sale's burst is over in about ten windows, so the share must fill
	// the limit again right after the processes first meet, not grow back to it over many windows.
	for (const processes of [2, 4]) {
		for (const counts of [false, true]) {
			it(`a short burst on ${processes} processes (100 executions of two requests, 20 per window, ${counts ? 'with' : 'without'} rate-limit headers): the limit filled again after the first window`, async () => {
				for (const seed of [1, 2, 3]) {
					const result = await simulate(processes, { limit: 20, windowMs: 10_000, jobs: 100, requestsPerJob: 2, seed, counts });
					expect(result.lost).toBe(0);
					expect(result.pace).toBeGreaterThanOrEqual(0.85);
					expect(result.refusedShareSecondHalf).toBeLessThanOrEqual(0.05);
				}
			});
		}
	}

	it('a service that stops sending its count: the processes go on sharing by its 429s alone', async () => {
		// The count for the first 10 windows, then none (the bench runs both on one n8n so).
		const result = await simulate(4, { limit: 20, windowMs: 10_000, jobs: 300, counts: 100_000 });
		expect(result.lost).toBe(0);
		expect(result.refusedShareSecondHalf).toBeLessThanOrEqual(0.05);
	});

	it('429s without Retry-After: nothing lost, most of the limit used', async () => {
		const result = await simulate(2, { limit: 20, windowMs: 10_000, jobs: 600, bare: true });
		expect(result.lost).toBe(0);
		expect(result.ofLimit).toBeGreaterThanOrEqual(0.7);
	});

	it('a process alone never meets a 429 and keeps the full limit', async () => {
		const result = await simulate(1, { limit: 20, windowMs: 10_000, jobs: 300 });
		expect(result.refusedShare).toBe(0);
		expect(result.ofLimit).toBeGreaterThanOrEqual(0.95);
		expect(result.shares).toEqual([20]);
	});
});

/**
 * Two processes share the account until the second one stops; the first keeps working alone.
 * Returns how many windows after that its share took to get back to the full limit, and the 429s
 * while both worked (after the first two windows).
 */
async function leftAlone(options: { limit: number; windowMs: number; sharedWindows: number; processes?: number; counts?: boolean }) {
	const { limit, windowMs } = options;
	const clock = virtualClock();
	const server = silentThrottle(clock, limit, windowMs, false, options.counts);
	const pacers = Array.from({ length: options.processes ?? 2 }, () => new RequestPacer({ limit: { requests: limit, periodMs: windowMs }, windowMs }, clock));
	const random = generator(29).next;
	const stopAt = options.sharedWindows * windowMs;
	let recoveredAt: number | undefined;
	const lost: boolean[] = [];
	const worker = async (pacer: RequestPacer, alone: boolean) => {
		while (alone ? recoveredAt === undefined && clock.now() < stopAt + 200 * windowMs : clock.now() < stopAt) {
			lost.push(!(await send(clock, pacer, server, windowMs, random)));
			if (alone && clock.now() > stopAt && recoveredAt === undefined && pacer.currentShare === limit) recoveredAt = clock.now();
		}
	};
	await clock.run(Promise.all(pacers.flatMap((pacer, index) => Array.from({ length: 10 }, async () => await worker(pacer, index === 0)))));
	const shared = server.log.filter((entry) => entry.at >= 2 * windowMs && entry.at < stopAt);
	return {
		lost: lost.filter(Boolean).length,
		sharedRefusedShare: shared.filter((entry) => entry.status === 429).length / shared.length,
		refusedAlone: server.log.filter((entry) => entry.at >= stopAt + windowMs && entry.status === 429).length,
		windowsToRecover: recoveredAt === undefined ? Infinity : (recoveredAt - stopAt) / windowMs,
	};
}

describe('a process whose share was cut, then left alone on the account', () => {
	for (const processes of [2, 4]) {
		it(`gets back to the full limit within 20 windows once the other ${processes - 1} stop (additive steps alone: 50–90), without a 429 while alone`, async () => {
			const result = await leftAlone({ limit: 20, windowMs: 10_000, sharedWindows: 30, processes });
			expect(result.lost).toBe(0);
			expect(result.sharedRefusedShare).toBeLessThanOrEqual(0.05);
			expect(result.refusedAlone).toBe(0);
			expect(result.windowsToRecover).toBeLessThanOrEqual(20);
		});
	}

	// The tail of a burst in queue mode: the last executions are all on one worker. With the
	// service's count it can see that the others are gone: a window in which the count fell by its
	// own requests alone.
	for (const processes of [2, 4]) {
		it(`with rate-limit headers, gets back to the full limit within 4 windows once the other ${processes - 1} stop`, async () => {
			const result = await leftAlone({ limit: 20, windowMs: 10_000, sharedWindows: 30, processes, counts: true });
			expect(result.lost).toBe(0);
			expect(result.sharedRefusedShare).toBeLessThanOrEqual(0.05);
			expect(result.refusedAlone).toBe(0);
			expect(result.windowsToRecover).toBeLessThanOrEqual(4);
		});
	}
});
