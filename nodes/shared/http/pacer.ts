/**
 * Keeps requests to one account under "N per period" as the server counts them, for every execution
 * of this process at once, first come first served.
 *
 * A request may start only while fewer than N requests are in flight or finished within the last
 * period. Counting from the moment a response arrived (not when the request left) makes the bound
 * hold at the server whatever the network latency: the server saw each earlier request before we
 * saw its answer. Alone on the account the process sends at the full limit. Other processes on the
 * same account are invisible here: the service's own count (its rate-limit headers) holds the pace
 * back, and its 429s cut this process's share of the limit (see ShareControl). Pure apart from the
 * injected clock and sleep; the clock should be monotonic, and a step back is absorbed anyway.
 */
import { ShareControl } from './share';

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
	/** When the service's window ends (on the pacer's clock), when it says so; nothing is left until then. */
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

/**
 * Call once the response (or failure) arrived, with what the answer said about the service's count.
 * `counts`: for the pace the answer speaks about, whether a successful answer carried the service's
 * count (X-RateLimit-Remaining); a service, or a proxy in front of it, may stop sending it.
 */
export type ReleaseSlot = (outcome?: { budget?: ServerBudget; sent?: boolean; refused?: boolean; counts?: boolean }) => void;

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
// A reset time or pause further away than this many windows is a wrong clock or unit (a reset in
// milliseconds, a far-future date): it must not freeze the account until the process restarts.
const MAX_RESET_WINDOWS = 3;
const DEFAULT_WINDOW_MS = 60_000;
// After a 429, or a count falling faster than our own requests explain, the account is taken as
// shared with others for this many windows; without such evidence since, the full pace is back.
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

	private share: ShareControl | undefined;

	/** When the answers that count arrived (a 429 does not: the service did not count it either). */
	private finishedAt: number[] = [];

	private inFlight = 0;

	private readonly queue: Waiter[] = [];

	private pumping = false;

	private pausedUntil = 0;

	/** Until then the account is taken as shared: what the service says is left is spread over its window. */
	private contendedUntil = 0;

	/** The service's window that refused us last, until it is over: how many of ours got into it. */
	private collision: { endsAt: number; accepted: number } | undefined;

	/** When another client last showed (a 429, or a count falling faster than ours). */
	private lastEvidenceAt = -Infinity;

	/** Whether the service's last successful answer told its count (X-RateLimit-Remaining). */
	private hearsCounts = false;

	private lastStartAt = -Infinity;

	private budget: { remaining: number; until: number } | undefined;

	private lastUsedAt: number;

	private lastNow: number;

	constructor(
		options: PaceOptions,
		private readonly clock: PacerClock,
	) {
		this.lastNow = clock.now();
		this.lastUsedAt = this.lastNow;
		this.options = { ...options };
		this.configure(options);
	}

	get limit(): RateLimit | undefined {
		return this.options.limit;
	}

	/** This process's part of the limit now (requests per period), lower than the limit after 429s. */
	get currentShare(): number | undefined {
		return this.share?.current;
	}

	/** A new pace for the same account keeps what was already sent: the server still counts it. */
	configure(options: PaceOptions): void {
		this.options = { ...options };
		const limit = options.limit;
		if (!limit) this.share = undefined;
		else if (this.share) this.share.reconfigure(limit.requests, limit.periodMs);
		else this.share = new ShareControl(limit.requests, limit.periodMs);
	}

	/** Waits for a slot, first come first served (retries first). Rejects with SlotWaitTimeout. */
	async acquire(options: AcquireOptions = {}): Promise<ReleaseSlot> {
		const since = this.now();
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

	/** Holds back every request on this account until `until` (after a 429), at most a few windows from now. */
	pauseUntil(until: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, this.capped(until, this.now()));
		this.markContended(this.pausedUntil);
	}

	/**
	 * The service refused a request (429): hold back until `until`, and take a smaller share of the
	 * limit (its count in the headers, when it tells it, cannot keep several processes apart at the
	 * end of a window: each one's last count is a little old).
	 */
	refused(until: number): void {
		const now = this.now();
		const limit = this.options.limit;
		if (this.share && limit) {
			const since = now - limit.periodMs;
			const accepted = this.finishedAt.filter((at) => at > since).length;
			// What we sent in the period: what was accepted, what is in flight, and this refusal.
			if (this.share.refused(now, accepted, accepted + this.inFlight + 1)) {
				// The service's window that refused ends about when it asks us back (a fixed window);
				// ours that got into it are those accepted since it began, and those in flight now.
				const endsAt = this.capped(until, now);
				const began = endsAt - now < limit.periodMs ? endsAt - limit.periodMs : since;
				this.collision = { endsAt, accepted: this.finishedAt.filter((at) => at > began).length };
			}
		}
		this.pauseUntil(until);
	}

	/**
	 * Someone else uses this account too (another n8n process, another tool): for a few windows,
	 * share them carefully instead of bursting into them.
	 */
	private markContended(from: number): void {
		this.contendedUntil = Math.max(this.contendedUntil, from + CONTENTION_WINDOWS * this.windowMs());
		this.lastEvidenceAt = this.lastNow;
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

	private windowMs(): number {
		return this.options.windowMs ?? this.options.limit?.periodMs ?? DEFAULT_WINDOW_MS;
	}

	private capped(until: number, now: number): number {
		return Math.min(until, now + MAX_RESET_WINDOWS * Math.max(this.windowMs(), 1_000));
	}

	/**
	 * The clock's time, with a step back absorbed: every remembered moment moves back by the step,
	 * so no wait lasts longer than it would have (a wall clock set back an hour must not stall an hour).
	 */
	private now(): number {
		const now = this.clock.now();
		const step = now - this.lastNow;
		if (step < 0) {
			this.finishedAt = this.finishedAt.map((at) => at + step);
			this.pausedUntil += step;
			this.contendedUntil += step;
			if (this.collision) this.collision.endsAt += step;
			this.lastStartAt += step;
			this.lastUsedAt += step;
			if (this.budget) this.budget.until += step;
			for (const waiter of this.queue) {
				waiter.since += step;
				waiter.deadline += step;
			}
			this.share?.shift(step);
		}
		this.lastNow = now;
		return now;
	}

	private async pump(): Promise<void> {
		if (this.pumping) return;
		this.pumping = true;
		try {
			while (this.queue.length > 0) {
				const now = this.now();
				const readyAt = this.readyAt(now);
				if (readyAt <= now) {
					this.admit(this.queue.shift()!);
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
		if (this.collision && now >= this.collision.endsAt) {
			this.share?.rebase(this.collision.accepted);
			this.collision = undefined;
		}
		// The service's count fell by our own requests alone for a whole window: the others are gone
		// (the burst's last executions are all here), so the cut share would only leave the limit unused.
		if (this.hearsCounts && this.shareCut() && now - this.lastEvidenceAt > this.windowMs() && now >= this.pausedUntil) this.restoreShare();
		if (limit && this.share) {
			const allowed = this.share.allowed(now);
			const windowStart = now - limit.periodMs - BOUNDARY_SLACK_MS;
			while (this.finishedAt.length > 0 && this.finishedAt[0] <= windowStart) this.finishedAt.shift();
			if (this.inFlight + this.finishedAt.length >= allowed) {
				// The oldest answer that must leave the period before one more may start; while only
				// requests in flight block, look again a little later.
				const over = this.inFlight + this.finishedAt.length - allowed;
				const free = over < this.finishedAt.length ? this.finishedAt[over] - windowStart : Math.min(POLL_MS, limit.periodMs);
				at = Math.max(at, now + free);
			}
		}
		const budget = this.currentBudget(now);
		const contended = now < this.contendedUntil;
		if (budget) {
			const { remaining, until } = budget;
			if (remaining <= 0) at = Math.max(at, until);
			else if (contended && Number.isFinite(this.lastStartAt) && !this.shareCut()) {
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

	/** Back to the whole limit, as a process alone on the account has it. */
	private restoreShare(): void {
		const limit = this.options.limit;
		if (limit) this.share = new ShareControl(limit.requests, limit.periodMs);
	}

	/** Whether 429s cut this process's share: then the share keeps it within its part already. */
	private shareCut(): boolean {
		return this.share !== undefined && this.options.limit !== undefined && this.share.current < this.options.limit.requests;
	}

	private currentBudget(now: number) {
		if (this.budget && this.budget.until <= now) this.budget = undefined;
		return this.budget;
	}

	private admit(waiter: Waiter): void {
		this.inFlight++;
		this.lastStartAt = this.lastNow;
		if (this.budget) this.budget.remaining--;
		let released = false;
		waiter.resolve((outcome = {}) => {
			if (released) return;
			released = true;
			const at = this.now();
			this.heard(outcome.counts ?? (outcome.budget?.remaining !== undefined ? true : undefined));
			if (outcome.budget) this.observe(outcome.budget, at);
			this.inFlight--;
			this.lastUsedAt = at;
			if (outcome.sent === false || outcome.refused === true) return;
			if (this.options.limit) this.finishedAt.push(at);
			if (this.collision && at < this.collision.endsAt) this.collision.accepted++;
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

	/** Whether a successful answer told the service's count (undefined: it says nothing of that). */
	private heard(counts: boolean | undefined): void {
		if (counts === undefined || counts === this.hearsCounts) return;
		this.hearsCounts = counts;
		// From now on its counts lead: a share cut before they came (a 429 without them, a fault) is dropped.
		if (counts && this.share) this.restoreShare();
	}

	/** Takes the service's count into account; called while the observing request still counts as in flight. */
	private observe(said: ServerBudget, now: number): void {
		// A service that names a reset time or asks to wait has nothing left until then.
		const remaining = said.remaining ?? (said.resetAt !== undefined ? 0 : undefined);
		if (remaining === undefined || !Number.isFinite(remaining)) return;
		// Requests still in flight may not be counted by the server yet: assume they will be.
		const left = remaining - (this.inFlight - 1);
		const resetAt = said.resetAt !== undefined ? this.capped(said.resetAt, now) : undefined;
		const current = this.currentBudget(now);
		const sameWindow = current && (resetAt === undefined || Math.abs(resetAt - current.until) < 1_000);
		if (current && sameWindow) {
			// Our own count already takes every request we started; the service has seen at most
			// those, so a smaller count than ours is evidence of another client on the account.
			if (remaining < current.remaining) this.markContended(now);
			// Answers arrive out of order: within one window the smallest count is the latest. Alone,
			// our own count is exact; shared, assume our requests in flight are not counted yet.
			current.remaining = Math.min(current.remaining, now < this.contendedUntil ? left : remaining);
			return;
		}
		const windowMs = said.windowMs ?? this.options.windowMs ?? this.options.limit?.periodMs;
		const until = resetAt ?? (windowMs !== undefined ? now + Math.min(windowMs, MAX_RESET_WINDOWS * this.windowMs()) : undefined);
		if (until === undefined || until <= now) return;
		this.budget = { remaining: left, until };
	}
}
