import { RequestPacer, type PacerClock, type ServerBudget } from '../../nodes/shared/http/pacer';
import { serverBudget } from '../../nodes/shared/http/retryPolicy';
import { virtualClock } from '../support/virtualClock';

/** Laravel's throttle: a window starts with its first request; Limit/Remaining on every answer. */
function laravelThrottle(clock: PacerClock, limit: number, windowMs: number, bare: boolean) {
	let window = { start: -Infinity, count: 0 };
	const accepted: number[] = [];
	let refused = 0;
	return {
		accepted,
		get refused() {
			return refused;
		},
		hit(): { status: number; headers: Record<string, string> } {
			const now = clock.now();
			if (now - window.start >= windowMs) window = { start: now, count: 0 };
			if (window.count >= limit) {
				refused++;
				const retryAfter = Math.ceil((window.start + windowMs - now) / 1000);
				const reset: Record<string, string> = bare ? {} : { 'Retry-After': String(retryAfter), 'X-RateLimit-Reset': String((window.start + windowMs) / 1000) };
				return { status: 429, headers: { 'X-RateLimit-Limit': String(limit), 'X-RateLimit-Remaining': '0', ...reset } };
			}
			window.count++;
			accepted.push(now);
			return { status: 200, headers: { 'X-RateLimit-Limit': String(limit), 'X-RateLimit-Remaining': String(limit - window.count) } };
		},
	};
}

/** What apiRequest does around one request, with 40 ms of network each way. */
async function send(clock: PacerClock, pacer: RequestPacer, server: ReturnType<typeof laravelThrottle>, windowMs: number, latencyMs = 40) {
	for (let attempt = 0; attempt <= 10; attempt++) {
		const release = await pacer.acquire({ retry: attempt > 0 });
		await clock.sleep(latencyMs);
		const answer = server.hit();
		await clock.sleep(latencyMs);
		const budget: ServerBudget | undefined = serverBudget(answer.headers, clock.now());
		release({ budget, refused: answer.status === 429 });
		if (answer.status !== 429) return true;
		const retryAfter = answer.headers['Retry-After'];
		pacer.refused(clock.now() + (retryAfter ? Number(retryAfter) * 1000 : windowMs));
	}
	return false;
}

function maxInAnyWindow(starts: number[], periodMs: number): number {
	return Math.max(0, ...starts.map((start) => starts.filter((other) => other >= start && other < start + periodMs).length));
}

describe('several processes on one account converge on the service limit through its headers', () => {
	const LIMIT = 10;
	const WINDOW_MS = 10_000;

	for (const bare of [false, true]) {
		it(`two processes paced at the full limit each, 429s ${bare ? 'without' : 'with'} Retry-After: nothing lost`, async () => {
			const clock = virtualClock();
			const server = laravelThrottle(clock, LIMIT, WINDOW_MS, bare);
			const processes = [0, 1].map(() => new RequestPacer({ limit: { requests: LIMIT, periodMs: WINDOW_MS }, windowMs: WINDOW_MS }, clock));
			const results = await clock.run(
				Promise.all(Array.from({ length: 80 }, (_, index) => send(clock, processes[index % 2], server, WINDOW_MS))),
			);
			expect(results.every(Boolean)).toBe(true);
			expect(server.accepted).toHaveLength(80);
			expect(maxInAnyWindow(server.accepted, WINDOW_MS)).toBeLessThanOrEqual(LIMIT);
			// Once they have met, the processes share the window instead of refusing half of every burst.
			expect(server.refused).toBeLessThan(2 * LIMIT);
			// And they still use most of the service's limit: 80 requests need 8 windows at best (a bare
			// 429 costs a whole window, as nothing says when the service's window ends).
			expect(clock.time).toBeLessThan((bare ? 12 : 9) * WINDOW_MS);
		});
	}

	it('one process alone meets no 429 and keeps the full pace', async () => {
		const clock = virtualClock();
		const server = laravelThrottle(clock, LIMIT, WINDOW_MS, true);
		const pacer = new RequestPacer({ limit: { requests: LIMIT, periodMs: WINDOW_MS }, windowMs: WINDOW_MS }, clock);
		const results = await clock.run(Promise.all(Array.from({ length: 50 }, () => send(clock, pacer, server, WINDOW_MS))));
		expect(results.every(Boolean)).toBe(true);
		expect(server.refused).toBe(0);
		expect(clock.time).toBeLessThan(5 * WINDOW_MS);
	});

	it('one process alone with many requests in flight (slow answers, staggered starts) keeps the full pace', async () => {
		// The service counts a request when it arrives, long before its answer comes back: a count
		// below ours then is our own requests in flight, not another process.
		const clock = virtualClock();
		const server = laravelThrottle(clock, LIMIT, WINDOW_MS, true);
		const pacer = new RequestPacer({ limit: { requests: LIMIT, periodMs: WINDOW_MS }, windowMs: WINDOW_MS }, clock);
		const staggered = async (index: number) => {
			await clock.sleep(index * 100);
			return await send(clock, pacer, server, WINDOW_MS, 700);
		};
		const results = await clock.run(Promise.all(Array.from({ length: 50 }, async (_, index) => await staggered(index))));
		expect(results.every(Boolean)).toBe(true);
		expect(server.refused).toBe(0);
		// 50 requests at 10 per window: 5 windows and the answers' travel, not twice that.
		expect(clock.time).toBeLessThan(6 * WINDOW_MS);
	});
});
