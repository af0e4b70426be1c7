import { PacerRegistry, RequestPacer, type PacerClock } from '../../nodes/shared/http/pacer';

/** A clock that only moves when someone sleeps: the pacer's decisions become exact. */
function fakeClock(): PacerClock & { time: number } {
	const clock = {
		time: 0,
		now: () => clock.time,
		sleep: async (ms: number) => {
			clock.time += ms;
		},
	};
	return clock;
}

describe('RequestPacer', () => {
	it('lets N requests through at once, then waits for the period to pass since the first answer', async () => {
		const clock = fakeClock();
		const pacer = new RequestPacer({ requests: 3, periodMs: 1000 }, clock);
		const starts: number[] = [];
		for (let i = 0; i < 7; i++) {
			const release = await pacer.acquire();
			starts.push(clock.time);
			clock.time += 10; // the answer takes 10 ms
			release();
		}
		expect(starts.slice(0, 3)).toEqual([0, 10, 20]);
		// Any window of 1000 ms holds at most 3 starts.
		for (const start of starts) {
			expect(starts.filter((other) => other >= start && other < start + 1000).length).toBeLessThanOrEqual(3);
		}
		expect(starts[3]).toBeGreaterThanOrEqual(1010);
	});

	it('counts requests still in flight', async () => {
		const clock = fakeClock();
		const pacer = new RequestPacer({ requests: 2, periodMs: 1000 }, clock);
		const first = await pacer.acquire();
		await pacer.acquire();
		let thirdStarted = false;
		const third = pacer.acquire().then(() => (thirdStarted = true));
		await Promise.resolve();
		expect(thirdStarted).toBe(false);
		first();
		await third;
		expect(thirdStarted).toBe(true);
		expect(clock.time).toBeGreaterThanOrEqual(1000);
	});

	it('releases only once', async () => {
		const clock = fakeClock();
		const pacer = new RequestPacer({ requests: 1, periodMs: 100 }, clock);
		const release = await pacer.acquire();
		clock.time = 50;
		release();
		clock.time = 80;
		release();
		expect(pacer.lastActivity).toBe(50);
	});
});

describe('PacerRegistry', () => {
	it('never drops a pacer that is waiting or in use, however old', async () => {
		const clock = fakeClock();
		const registry = new PacerRegistry(clock);
		clock.time = 10 * 60_000;
		const pacer = registry.get('k', { requests: 1, periodMs: 1000 });
		const pending = pacer.acquire();
		expect(registry.get('k', { requests: 1, periodMs: 1000 })).toBe(pacer);
		await pending;
		expect(registry.get('k', { requests: 1, periodMs: 1000 })).toBe(pacer);
	});

	it('shares a pacer per key and limit, and forgets idle ones', () => {
		const clock = fakeClock();
		const registry = new PacerRegistry(clock);
		const a = registry.get('exec|cred', { requests: 2, periodMs: 1000 });
		expect(registry.get('exec|cred', { requests: 2, periodMs: 1000 })).toBe(a);
		expect(registry.get('exec|cred', { requests: 5, periodMs: 1000 })).not.toBe(a);
		clock.time += 10 * 60_000;
		registry.get('other', { requests: 1, periodMs: 1000 });
		expect(registry.size).toBe(1);
	});
});
