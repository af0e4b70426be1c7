/**
 * Keeps requests under "N per period" as the server counts them.
 *
 * A request may start only while fewer than N requests are in flight or finished within the last
 * period. Counting from the moment a response arrived (not when the request left) makes the bound
 * hold at the server whatever the network latency: the server saw each earlier request before we
 * saw its answer. Pure apart from the injected clock and sleep.
 */
export interface PacerClock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

export interface RateLimit {
	requests: number;
	periodMs: number;
}

// Both clocks count whole milliseconds; a little slack keeps a request out of the boundary millisecond.
const BOUNDARY_SLACK_MS = 5;

export class RequestPacer {
	private readonly finishedAt: number[] = [];

	private inFlight = 0;

	private waiting = 0;

	private lastUsedAt: number;

	private queue: Promise<void> = Promise.resolve();

	constructor(
		readonly limit: RateLimit,
		private readonly clock: PacerClock,
	) {
		this.lastUsedAt = clock.now();
	}

	/** Waits for a slot; call the returned function once the response (or failure) arrived. */
	async acquire(): Promise<() => void> {
		this.waiting++;
		const turn = this.queue.then(async () => await this.waitForSlot());
		this.queue = turn.catch(() => undefined);
		try {
			await turn;
		} finally {
			this.waiting--;
		}
		let released = false;
		return () => {
			if (released) return;
			released = true;
			this.inFlight--;
			this.lastUsedAt = this.clock.now();
			this.finishedAt.push(this.lastUsedAt);
		};
	}

	/** When the pacer was last busy (Infinity while in use): an idle pacer may be dropped. */
	get lastActivity(): number {
		return this.inFlight > 0 || this.waiting > 0 ? Infinity : this.lastUsedAt;
	}

	private async waitForSlot(): Promise<void> {
		for (;;) {
			const now = this.clock.now();
			const windowStart = now - this.limit.periodMs - BOUNDARY_SLACK_MS;
			while (this.finishedAt.length > 0 && this.finishedAt[0] <= windowStart) this.finishedAt.shift();
			if (this.inFlight + this.finishedAt.length < this.limit.requests) {
				this.inFlight++;
				return;
			}
			// Only in-flight requests block: wait a little for one of them to finish.
			const wait =
				this.finishedAt.length > 0
					? this.finishedAt[0] - windowStart
					: Math.min(50, this.limit.periodMs);
			await this.clock.sleep(Math.max(1, wait));
		}
	}
}

/** Pacers shared by all requests of one execution to one account, dropped once idle. */
export class PacerRegistry {
	private readonly pacers = new Map<string, RequestPacer>();

	constructor(private readonly clock: PacerClock) {}

	get(key: string, limit: RateLimit): RequestPacer {
		this.dropIdle();
		const existing = this.pacers.get(key);
		if (
			existing &&
			existing.limit.requests === limit.requests &&
			existing.limit.periodMs === limit.periodMs
		) {
			return existing;
		}
		const pacer = new RequestPacer(limit, this.clock);
		this.pacers.set(key, pacer);
		return pacer;
	}

	get size(): number {
		return this.pacers.size;
	}

	private dropIdle(): void {
		const now = this.clock.now();
		for (const [key, pacer] of this.pacers) {
			if (now - pacer.lastActivity > pacer.limit.periodMs * 2 + 60_000) this.pacers.delete(key);
		}
	}
}
