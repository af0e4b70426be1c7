import { RequestPacer, type PacerClock, type PaceOptions, type RateLimit } from './pacer';

/**
 * The strictest of the paces asked for on one account: the slowest limit (fewest requests per
 * millisecond, then the smaller burst) and the longest window. Nodes on one credential with
 * different settings then all stay within each one's, whichever ran last.
 */
export function strictestPace(paces: PaceOptions[]): PaceOptions {
	let limit: RateLimit | undefined;
	let windowMs: number | undefined;
	for (const pace of paces) {
		const candidate = pace.limit;
		if (candidate) {
			const slower = !limit || candidate.requests * limit.periodMs < limit.requests * candidate.periodMs;
			const sameRate = limit && candidate.requests * limit.periodMs === limit.requests * candidate.periodMs;
			if (slower || (sameRate && candidate.requests < limit!.requests)) limit = candidate;
		}
		if (pace.windowMs !== undefined) windowMs = Math.max(windowMs ?? 0, pace.windowMs);
	}
	return { limit, windowMs };
}

// A pace asked for is kept this long after its last request (beyond twice its own window).
const FORGET_AFTER_MS = 60_000;

const memoryOf = (pace: PaceOptions) => Math.max(pace.limit?.periodMs ?? 0, pace.windowMs ?? 0) * 2 + FORGET_AFTER_MS;

/**
 * One pacer per account (credential), shared by every execution of this process, dropped once idle.
 * It keeps the strictest settings of the nodes using the account lately.
 */
export class PacerRegistry {
	private readonly pacers = new Map<string, RequestPacer>();

	private readonly asked = new Map<string, Map<string, { pace: PaceOptions; seenAt: number }>>();

	constructor(private readonly clock: PacerClock) {}

	get(key: string, options: PaceOptions): RequestPacer {
		this.dropIdle();
		const pace = this.strictestAsked(key, options);
		const existing = this.pacers.get(key);
		if (existing) {
			existing.configure(pace);
			return existing;
		}
		const pacer = new RequestPacer(pace, this.clock);
		this.pacers.set(key, pacer);
		return pacer;
	}

	get size(): number {
		return this.pacers.size;
	}

	private strictestAsked(key: string, options: PaceOptions): PaceOptions {
		const now = this.clock.now();
		const asked = this.asked.get(key) ?? new Map<string, { pace: PaceOptions; seenAt: number }>();
		this.asked.set(key, asked);
		asked.set(JSON.stringify([options.limit?.requests, options.limit?.periodMs, options.windowMs]), { pace: options, seenAt: now });
		for (const [id, entry] of asked) if (now - entry.seenAt > memoryOf(entry.pace)) asked.delete(id);
		return strictestPace([...asked.values()].map((entry) => entry.pace));
	}

	private dropIdle(): void {
		const now = this.clock.now();
		for (const [key, pacer] of this.pacers) {
			if (now - pacer.lastActivity > pacer.memoryMs * 2 + FORGET_AFTER_MS) {
				this.pacers.delete(key);
				this.asked.delete(key);
			}
		}
	}
}
