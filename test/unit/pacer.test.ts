import { RequestPacer, SlotWaitTimeout } from '../../nodes/shared/http/pacer';
import { PacerRegistry } from '../../nodes/shared/http/pacerRegistry';
import { virtualClock } from '../support/virtualClock';


/** Starts of requests never exceed `requests` within any `periodMs`. */
function maxInAnyWindow(starts: number[], periodMs: number): number {
	return Math.max(0, ...starts.map((start) => starts.filter((other) => other >= start && other < start + periodMs).length));
}

describe('RequestPacer', () => {
	it('lets N requests through at once, then waits for the period to pass since the first answer', async () => {
		const clock = virtualClock();
		const pacer = new RequestPacer({ limit: { requests: 3, periodMs: 1000 } }, clock);
		const starts: number[] = [];
		await clock.run(
			(async () => {
				for (let i = 0; i < 7; i++) {
					const release = await pacer.acquire();
					starts.push(clock.time);
					await clock.sleep(10); // the answer takes 10 ms
					release();
				}
			})(),
		);
		expect(starts.slice(0, 3)).toEqual([0, 10, 20]);
		expect(maxInAnyWindow(starts, 1000)).toBe(3);
		expect(starts[3]).toBeGreaterThanOrEqual(1010);
	});

	it('keeps 50 concurrent callers on one pacer under the limit, first come first served', async () => {
		const clock = virtualClock();
		const pacer = new RequestPacer({ limit: { requests: 10, periodMs: 2000 } }, clock);
		const starts: Array<{ caller: number; at: number }> = [];
		const caller = async (index: number) => {
			const release = await pacer.acquire();
			starts.push({ caller: index, at: clock.time });
			await clock.sleep(5 + (index % 7) * 20);
			release();
		};
		await clock.run(Promise.all(Array.from({ length: 50 }, (_, index) => caller(index))));
		expect(starts).toHaveLength(50);
		expect(starts.map((start) => start.caller)).toEqual(Array.from({ length: 50 }, (_, index) => index));
		expect(maxInAnyWindow(starts.map((start) => start.at), 2000)).toBe(10);
	});

	it('counts requests still in flight', async () => {
		const clock = virtualClock();
		const pacer = new RequestPacer({ limit: { requests: 2, periodMs: 1000 } }, clock);
		let thirdAt: number | undefined;
		await clock.run(
			(async () => {
				const first = await pacer.acquire();
				await pacer.acquire();
				const third = pacer.acquire().then(() => (thirdAt = clock.time));
				await clock.sleep(300);
				expect(thirdAt).toBeUndefined();
				first();
				await third;
			})(),
		);
		expect(thirdAt).toBeGreaterThanOrEqual(1300);
	});

	it('releases only once, and a slot given back unsent does not count', async () => {
		const clock = virtualClock();
		const pacer = new RequestPacer({ limit: { requests: 1, periodMs: 1000 } }, clock);
		await clock.run(
			(async () => {
				const release = await pacer.acquire();
				clock.time = 50;
				release({ sent: false });
				clock.time = 80;
				release();
				expect(pacer.lastActivity).toBe(50);
				await pacer.acquire();
			})(),
		);
		expect(clock.time).toBe(80);
	});

	it('a new limit keeps the history: what was sent still counts', async () => {
		const clock = virtualClock();
		const pacer = new RequestPacer({ limit: { requests: 3, periodMs: 1000 } }, clock);
		const starts: number[] = [];
		await clock.run(
			(async () => {
				for (let i = 0; i < 3; i++) (await pacer.acquire())();
				pacer.configure({ limit: { requests: 2, periodMs: 1000 } });
				(await pacer.acquire())();
				starts.push(clock.time);
				pacer.configure({ limit: { requests: 5, periodMs: 1000 } });
				(await pacer.acquire())();
				starts.push(clock.time);
			})(),
		);
		expect(starts[0]).toBeGreaterThanOrEqual(1000);
		expect(starts[1]).toBe(starts[0]);
	});

	it('a retry goes ahead of requests not sent yet', async () => {
		const clock = virtualClock();
		const pacer = new RequestPacer({ limit: { requests: 1, periodMs: 1000 } }, clock);
		const order: string[] = [];
		await clock.run(
			(async () => {
				const first = await pacer.acquire();
				const waiting = ['a', 'b'].map(async (name) => {
					(await pacer.acquire())();
					order.push(name);
				});
				const retry = pacer.acquire({ retry: true }).then((release) => {
					release();
					order.push('retry');
				});
				first();
				await Promise.all([...waiting, retry]);
			})(),
		);
		expect(order).toEqual(['retry', 'a', 'b']);
	});

	it('a pause (a 429) holds back every waiting request until it ends', async () => {
		const clock = virtualClock();
		const pacer = new RequestPacer({}, clock);
		const starts: number[] = [];
		await clock.run(
			(async () => {
				pacer.pauseUntil(5000);
				pacer.pauseUntil(3000);
				await Promise.all(
					Array.from({ length: 4 }, async () => {
						(await pacer.acquire())();
						starts.push(clock.time);
					}),
				);
			})(),
		);
		expect(starts[0]).toBe(5000);
		expect(starts.every((at) => at >= 5000)).toBe(true);
		expect(starts).toHaveLength(4);
	});

	it('nothing left at the service (Remaining 0): the whole account waits for the reset', async () => {
		const clock = virtualClock();
		const pacer = new RequestPacer({ limit: { requests: 100, periodMs: 60_000 }, windowMs: 60_000 }, clock);
		const starts: number[] = [];
		await clock.run(
			(async () => {
				const release = await pacer.acquire();
				release({ budget: { remaining: 0, resetAt: 4000 } });
				for (let i = 0; i < 2; i++) {
					(await pacer.acquire())();
					starts.push(clock.time);
				}
				// Without a reset time the service's window is assumed from the answer on.
				const another = await pacer.acquire();
				clock.time = 5000;
				another({ budget: { remaining: 0 } });
				(await pacer.acquire())();
				starts.push(clock.time);
			})(),
		);
		expect(starts).toEqual([4000, 4000, 65_000]);
	});

	it('counts requests still in flight against what the service says is left, and the lowest count wins', async () => {
		const clock = virtualClock();
		const pacer = new RequestPacer({ windowMs: 10_000 }, clock);
		let lateAt: number | undefined;
		await clock.run(
			(async () => {
				const releases = await Promise.all([pacer.acquire(), pacer.acquire(), pacer.acquire()]);
				// The service had 2 left after the first; two more are still in flight: nothing left.
				releases[0]({ budget: { remaining: 2 } });
				// A slower answer, counted earlier by the service, says more: it does not count.
				releases[1]({ budget: { remaining: 3 } });
				releases[2]();
				(await pacer.acquire())();
				lateAt = clock.time;
			})(),
		);
		expect(lateAt).toBe(10_000);
	});

	it('alone on the account, the last requests of a window go as fast as the first', async () => {
		const clock = virtualClock();
		const pacer = new RequestPacer({ limit: { requests: 100, periodMs: 10_000 } }, clock);
		const starts: number[] = [];
		await clock.run(
			(async () => {
				for (let remaining = 4; remaining >= 0; remaining--) {
					const release = await pacer.acquire();
					starts.push(clock.time);
					await clock.sleep(10);
					release({ budget: { remaining, resetAt: 8000 } });
				}
				(await pacer.acquire())();
				starts.push(clock.time);
			})(),
		);
		expect(starts).toEqual([0, 10, 20, 30, 40, 8000]);
	});

	it('when the count falls faster than its own requests explain, spreads what is left over the window', async () => {
		const clock = virtualClock();
		const pacer = new RequestPacer({ limit: { requests: 100, periodMs: 10_000 } }, clock);
		const starts: number[] = [];
		await clock.run(
			(async () => {
				(await pacer.acquire())({ budget: { remaining: 10, resetAt: 8000 } });
				// One request of ours, yet the service counts five: another process takes its share.
				(await pacer.acquire())({ budget: { remaining: 5, resetAt: 8000 } });
				await Promise.all(
					Array.from({ length: 6 }, async () => {
						(await pacer.acquire())();
						starts.push(clock.time);
					}),
				);
			})(),
		);
		expect(starts).toHaveLength(6);
		expect(new Set(starts.slice(0, 5)).size).toBe(5);
		expect(starts.slice(0, 5).every((at) => at > 0 && at < 8000)).toBe(true);
		expect(starts[5]).toBeGreaterThanOrEqual(8000);
	});

	it('after a 429, a new window starts with one request asking the service what is left', async () => {
		const clock = virtualClock();
		const pacer = new RequestPacer({ limit: { requests: 10, periodMs: 1000 } }, clock);
		const starts: number[] = [];
		await clock.run(
			(async () => {
				(await pacer.acquire())({ budget: { remaining: 5 } }); // KeyCRM tells its count
				pacer.pauseUntil(1000);
				await Promise.all(
					Array.from({ length: 3 }, async () => {
						const release = await pacer.acquire();
						starts.push(clock.time);
						await clock.sleep(100);
						release();
					}),
				);
			})(),
		);
		expect(starts[0]).toBe(1000);
		expect(starts[1]).toBeGreaterThanOrEqual(1100);
		expect(starts[2]).toBeGreaterThanOrEqual(1200);
	});

	it('after a 429 from a service that never tells its count, requests are not held to one at a time', async () => {
		const clock = virtualClock();
		const pacer = new RequestPacer({}, clock);
		const starts: number[] = [];
		await clock.run(
			(async () => {
				(await pacer.acquire())({ budget: { resetAt: 1000 } });
				pacer.pauseUntil(1000);
				await Promise.all(
					Array.from({ length: 3 }, async () => {
						const release = await pacer.acquire();
						starts.push(clock.time);
						await clock.sleep(100);
						release();
					}),
				);
			})(),
		);
		expect(starts).toEqual([1000, 1000, 1000]);
	});

	it('a request waiting longer than its bound fails with SlotWaitTimeout; the others keep their turn', async () => {
		const clock = virtualClock();
		const pacer = new RequestPacer({ limit: { requests: 1, periodMs: 60_000 } }, clock);
		const outcome: string[] = [];
		await clock.run(
			(async () => {
				(await pacer.acquire())();
				const bounded = pacer.acquire({ maxWaitMs: 2000 }).then(
					() => outcome.push('bounded got a slot'),
					(error: unknown) => outcome.push(error instanceof SlotWaitTimeout ? `timeout after ${error.waitedMs}` : 'other'),
				);
				const patient = pacer.acquire().then((release) => {
					release();
					outcome.push(`patient at ${clock.time}`);
				});
				await Promise.all([bounded, patient]);
			})(),
		);
		expect(outcome[0]).toMatch(/^timeout after 2\d\d\d$/);
		expect(outcome[1]).toMatch(/^patient at 600\d\d$/);
	});
});

describe('PacerRegistry', () => {
	it('never drops a pacer that is waiting or in use, however old', async () => {
		const clock = virtualClock();
		const registry = new PacerRegistry(clock);
		clock.time = 10 * 60_000;
		const pacer = registry.get('k', { limit: { requests: 1, periodMs: 1000 } });
		const pending = pacer.acquire();
		expect(registry.get('k', { limit: { requests: 1, periodMs: 1000 } })).toBe(pacer);
		await clock.run(pending);
		expect(registry.get('k', { limit: { requests: 1, periodMs: 1000 } })).toBe(pacer);
	});

	it('keeps one pacer per key whatever limit each caller brings, and forgets idle ones', () => {
		const clock = virtualClock();
		const registry = new PacerRegistry(clock);
		const a = registry.get('keyCrmApi|1', { limit: { requests: 2, periodMs: 1000 } });
		expect(registry.get('keyCrmApi|1', { limit: { requests: 5, periodMs: 1000 } })).toBe(a);
		// The strictest pace asked for lately holds (issue 23: the last caller no longer wins).
		expect(a.limit).toEqual({ requests: 2, periodMs: 1000 });
		expect(registry.get('keyCrmApi|2', { limit: { requests: 2, periodMs: 1000 } })).not.toBe(a);
		clock.time += 10 * 60_000;
		registry.get('other', { limit: { requests: 1, periodMs: 1000 } });
		expect(registry.size).toBe(1);
	});
});
