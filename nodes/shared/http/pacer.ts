/**
 * Keeps requests to one account under "N per period" as the server counts them, for every execution
 * of this process at once, first come first served.
 *
 * A request may start only while fewer than N requests are in flight or finished within the last
 * period. Counting from the moment a response arrived (not when the request left) makes the bound
 * hold at the server whatever the network latency: the server saw each earlier request before we
 * saw its answer. Other processes on the same account are invisible here, so the service's own
 * count (its rate-limit headers) and its 429s slow the pace further. Pure apart from the injected
 * clock and sleep.
 */
export interface PacerClock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

export interface RateLimit {
	requests: number;
	periodMs: number;
}

/** What one answer said about the service's own count, read from its rate-limit headers. */
export interface ServerBudget {
	/** Requests the service still accepts in its current window. */
	remaining?: number;
	/** When the service's window ends (ms since the epoch), when it says so; nothing is left until then. */
	resetAt?: number;
	/** Length of the service's window, when it says so (Aplaut's X-RateLimit-Period). */
	windowMs?: number;
}

export interface PaceOptions {
	/** The pace chosen in the node; undefined paces only by what the service says. */
	limit?: RateLimit;
	/** The service's window: how long a Remaining without a reset time holds. */
	windowMs?: number;
}

export interface AcquireOptions {
	/** How long the request may wait for a slot before SlotWaitTimeout. */
	maxWaitMs?: number;
	/** A retry goes ahead of requests not sent yet, so it is not starved by later arrivals. */
	retry?: boolean;
}

/** Call once the response (or failure) arrived, with what the answer said about the service's count. */
export type ReleaseSlot = (outcome?: { budget?: ServerBudget; sent?: boolean }) => void;

export class SlotWaitTimeout extends Error {
	constructor(readonly waitedMs: number) {
		super(`No request slot within ${Math.round(waitedMs / 1000)} s`);
	}
}

// Both clocks count whole milliseconds; a little slack keeps a request out of the boundary millisecond.
const BOUNDARY_SLACK_MS = 5;
// While only requests in flight block, look again this often; a waiting request's bound is checked
// at least every MAX_NAP_MS.
const POLL_MS = 50;
const MAX_NAP_MS = 1_000;
// After a 429, or a count falling faster than our own requests explain, the account is taken as
// shared with others for this many windows.
const CONTENTION_WINDOWS = 5;

interface Waiter {
	since: number;
	deadline: number;
	retry: boolean;
	resolve(release: ReleaseSlot): void;
	reject(error: Error): void;
}

export class RequestPacer {
	private options: PaceOptions;

	private readonly finishedAt: number[] = [];

	private inFlight = 0;

	private readonly queue: Waiter[] = [];

	private pumping = false;

	private pausedUntil = 0;

	private contendedUntil = 0;

	/** Whether the service tells its count (X-RateLimit-Remaining) at all. */
	private hearsCounts = false;

	private budget: { remaining: number; until: number } | undefined;

	private lastStartAt = -Infinity;

	private lastUsedAt: number;

	constructor(
		options: PaceOptions,
		private readonly clock: PacerClock,
	) {
		this.options = { ...options };
		this.lastUsedAt = clock.now();
	}

	get limit(): RateLimit | undefined {
		return this.options.limit;
	}

	/** A new pace for the same account keeps what was already sent: the server still counts it. */
	configure(options: PaceOptions): void {
		this.options = { ...options };
	}

	/** Waits for a slot, first come first served (retries first). Rejects with SlotWaitTimeout. */
	async acquire(options: AcquireOptions = {}): Promise<ReleaseSlot> {
		const since = this.clock.now();
		return await new Promise<ReleaseSlot>((resolve, reject) => {
			const waiter: Waiter = {
				since,
				deadline: since + (options.maxWaitMs ?? Infinity),
				retry: options.retry === true,
				resolve,
				reject,
			};
			const firstNew = waiter.retry ? this.queue.findIndex((other) => !other.retry) : -1;
			if (firstNew >= 0) this.queue.splice(firstNew, 0, waiter);
			else this.queue.push(waiter);
			void this.pump();
		});
	}

	/** Holds back every request on this account until `until` (after a 429). */
	pauseUntil(until: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, until);
		this.markContended(this.pausedUntil);
	}

	/**
	 * Someone else uses this account too (another n8n process, another tool): for a few windows,
	 * share them carefully instead of bursting into them.
	 */
	private markContended(from: number): void {
		const windowMs = this.options.windowMs ?? this.options.limit?.periodMs ?? 60_000;
		this.contendedUntil = Math.max(this.contendedUntil, from + CONTENTION_WINDOWS * windowMs);
	}

	/** When the pacer was last busy (Infinity while in use): an idle pacer may be dropped. */
	get lastActivity(): number {
		if (this.inFlight > 0 || this.queue.length > 0) return Infinity;
		return Math.max(this.lastUsedAt, this.pausedUntil, this.budget?.until ?? 0);
	}

	/** The longest stretch this pacer remembers anything for. */
	get memoryMs(): number {
		return Math.max(this.options.limit?.periodMs ?? 0, this.options.windowMs ?? 0);
	}

	private async pump(): Promise<void> {
		if (this.pumping) return;
		this.pumping = true;
		try {
			while (this.queue.length > 0) {
				const now = this.clock.now();
				const readyAt = this.readyAt(now);
				if (readyAt <= now) {
					this.admit(this.queue.shift()!, now);
					continue;
				}
				this.expire(now);
				if (this.queue.length === 0) break;
				const deadline = Math.min(...this.queue.map((waiter) => waiter.deadline));
				await this.clock.sleep(Math.max(1, Math.min(readyAt, deadline, now + MAX_NAP_MS) - now));
			}
		} finally {
			this.pumping = false;
		}
	}

	/** The earliest moment the next request may start, as far as is known now. */
	private readyAt(now: number): number {
		let at = Math.max(now, this.pausedUntil);
		const limit = this.options.limit;
		if (limit) {
			const windowStart = now - limit.periodMs - BOUNDARY_SLACK_MS;
			while (this.finishedAt.length > 0 && this.finishedAt[0] <= windowStart) this.finishedAt.shift();
			if (this.inFlight + this.finishedAt.length >= limit.requests) {
				// Only in-flight requests block: look again a little later.
				const free = this.finishedAt.length > 0 ? this.finishedAt[0] - windowStart : Math.min(POLL_MS, limit.periodMs);
				at = Math.max(at, now + free);
			}
		}
		const budget = this.currentBudget(now);
		const contended = now < this.contendedUntil;
		if (budget) {
			const { remaining, until } = budget;
			if (remaining <= 0) at = Math.max(at, until);
			else if (contended && Number.isFinite(this.lastStartAt)) {
				// Spread what is left over the rest of the window, so that other processes on the
				// same account, doing the same, share it instead of running into 429s together.
				at = Math.max(at, this.lastStartAt + (until - this.lastStartAt) / (remaining + 2));
			}
		} else if (contended && this.hearsCounts && this.inFlight > 0) {
			// A new window on a shared account: one request asks the service what is left first.
			at = Math.max(at, now + POLL_MS);
		}
		return at;
	}

	private currentBudget(now: number) {
		if (this.budget && this.budget.until <= now) this.budget = undefined;
		return this.budget;
	}

	private admit(waiter: Waiter, now: number): void {
		this.inFlight++;
		this.lastStartAt = now;
		if (this.budget) this.budget.remaining--;
		let released = false;
		waiter.resolve((outcome = {}) => {
			if (released) return;
			released = true;
			const at = this.clock.now();
			if (outcome.budget) this.observe(outcome.budget, at);
			this.inFlight--;
			this.lastUsedAt = at;
			if (outcome.sent !== false && this.options.limit) this.finishedAt.push(at);
		});
	}

	private expire(now: number): void {
		for (let index = this.queue.length - 1; index >= 0; index--) {
			const waiter = this.queue[index];
			if (waiter.deadline > now) continue;
			this.queue.splice(index, 1);
			waiter.reject(new SlotWaitTimeout(now - waiter.since));
		}
	}

	/** Takes the service's count into account; called while the observing request still counts as in flight. */
	private observe(said: ServerBudget, now: number): void {
		// A service that names a reset time or asks to wait has nothing left until then.
		const remaining = said.remaining ?? (said.resetAt !== undefined ? 0 : undefined);
		if (remaining === undefined || !Number.isFinite(remaining)) return;
		if (said.remaining !== undefined) this.hearsCounts = true;
		// Requests still in flight may not be counted by the server yet: assume they will be.
		const left = remaining - (this.inFlight - 1);
		const current = this.currentBudget(now);
		const sameWindow = current && (said.resetAt === undefined || Math.abs(said.resetAt - current.until) < 1_000);
		if (current && sameWindow) {
			// Our own count already takes every request we started; the service has seen at most
			// those, so a smaller count than ours means others are using the account too.
			if (remaining < current.remaining) this.markContended(now);
			// Answers arrive out of order: within one window the smallest count is the latest. Alone,
			// our own count is exact; shared, assume our requests in flight are not counted yet.
			current.remaining = Math.min(current.remaining, now < this.contendedUntil ? left : remaining);
			return;
		}
		const windowMs = said.windowMs ?? this.options.windowMs ?? this.options.limit?.periodMs;
		const until = said.resetAt ?? (windowMs !== undefined ? now + windowMs : undefined);
		if (until === undefined || until <= now) return;
		this.budget = { remaining: left, until };
	}
}

/** One pacer per account (credential), shared by every execution of this process, dropped once idle. */
export class PacerRegistry {
	private readonly pacers = new Map<string, RequestPacer>();

	constructor(private readonly clock: PacerClock) {}

	get(key: string, options: PaceOptions): RequestPacer {
		this.dropIdle();
		const existing = this.pacers.get(key);
		if (existing) {
			existing.configure(options);
			return existing;
		}
		const pacer = new RequestPacer(options, this.clock);
		this.pacers.set(key, pacer);
		return pacer;
	}

	get size(): number {
		return this.pacers.size;
	}

	private dropIdle(): void {
		const now = this.clock.now();
		for (const [key, pacer] of this.pacers) {
			if (now - pacer.lastActivity > pacer.memoryMs * 2 + 60_000) this.pacers.delete(key);
		}
	}
}
