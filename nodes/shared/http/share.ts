/**
 * The part of a rate limit this process may use when others (other n8n workers, other tools) use
 * the same account and the service tells nothing of its count: additive increase, multiplicative
 * decrease, as TCP shares a link. A 429 cuts the share; clean windows raise it back, slowly. Several
 * processes each configured to the full limit settle near limit ÷ W without knowing W; a process
 * alone never meets a 429 and keeps the full limit. Pure: the caller passes the time.
 */

// A cut keeps most of the share: a deep cut wastes the window, and others cut too.
const DECREASE = 0.75;
// After a cut, the share stays put this many windows before it grows again.
const HOLD_WINDOWS = 2;
// Growth per clean window, as a part of the full limit (at least a tenth of a request).
const INCREASE = 1 / 40;

export class ShareControl {
	private share: number;

	/** No second cut before this: the 429s of one collision are one signal. */
	private cutHoldUntil = -Infinity;

	private raiseAt = -Infinity;

	constructor(
		private limit: number,
		private periodMs: number,
	) {
		this.share = limit;
	}

	/** A new configured limit: the share keeps its part of it, and never exceeds it. */
	reconfigure(limit: number, periodMs: number): void {
		if (limit === this.limit && periodMs === this.periodMs) return;
		this.share = Math.min(limit, (this.share / this.limit) * limit);
		this.limit = limit;
		this.periodMs = periodMs;
	}

	/** Requests this process may have in one period now (a whole number, at least one). */
	allowed(now: number): number {
		if (this.share < this.limit && now >= this.raiseAt) {
			const windows = Number.isFinite(this.raiseAt) ? 1 + Math.floor((now - this.raiseAt) / this.periodMs) : 1;
			this.share = Math.min(this.limit, this.share + windows * Math.max(0.1, this.limit * INCREASE));
			this.raiseAt = now + this.periodMs;
		}
		return Math.max(1, Math.floor(this.share));
	}

	/** The service refused a request (429): the account is shared, take less of it. */
	refused(now: number): void {
		this.raiseAt = now + HOLD_WINDOWS * this.periodMs;
		if (now < this.cutHoldUntil) return;
		this.share = Math.max(1, Math.min(this.share, this.limit) * DECREASE);
		this.cutHoldUntil = now + this.periodMs;
	}

	/** The pacer's clock stepped back by `step` (negative): remembered moments move with it. */
	shift(step: number): void {
		this.cutHoldUntil += step;
		this.raiseAt += step;
	}

	get current(): number {
		return this.share;
	}
}
