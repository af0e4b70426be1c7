import type { PacerClock } from '../../nodes/shared/http/pacer';

/**
 * Virtual time: `sleep` registers a timer, and `run` moves the clock to the next timer only once
 * every task is waiting. Concurrent "executions" then interleave exactly as they would in real time.
 */
export function virtualClock() {
	const timers: Array<{ at: number; resolve: () => void }> = [];
	const clock: PacerClock & { time: number; run<T>(work: Promise<T>): Promise<T> } = {
		time: 0,
		now: () => clock.time,
		sleep: async (ms: number) => await new Promise<void>((resolve) => timers.push({ at: clock.time + ms, resolve })),
		async run<T>(work: Promise<T>): Promise<T> {
			let settled = false;
			const watched = work.finally(() => (settled = true));
			watched.catch(() => undefined);
			for (;;) {
				await new Promise((resolve) => setImmediate(resolve));
				if (settled) return await watched;
				if (timers.length === 0) throw new Error('deadlock: nothing to wait for');
				timers.sort((a, b) => a.at - b.at);
				const next = timers.shift()!;
				clock.time = Math.max(clock.time, next.at);
				next.resolve();
			}
		},
	};
	return clock;
}
