/**
 * The part of a rate limit this process may use when others (other n8n workers, other tools) use
 * the same account, learnt from the service's 429s alone: additive increase, multiplicative
 * decrease, as TCP shares a link. A 429 cuts the share to what the service accepted from this
 * process in the last period (by a quarter at least, to a quarter at most, never below a tenth of
 * the limit), and once the window that refused is over, back up to most of what of ours got into
 * it; after two clean windows it grows again by 1/120 of the limit per window, and after 16
 * such steps without a 429 (the others are gone) by twice the last step each window. Several
 * processes each configured to the full limit settle near limit ÷ W without knowing W; a process
 * alone never meets a 429 and keeps the full limit. Pure: the caller passes the time.
 */

// The deepest single cut: to a quarter of the share (when little of ours got through).
const DECREASE = 0.25;
// The shallowest cut: a quarter off, so that collisions get rarer, not only smaller.
const KEEP = 0.75;
// The smallest share, as a part of the limit: one 429 on a quiet account (another client's burst)
// must not leave this process one request per window.
const MIN_SHARE = 1 / 10;
// After a cut, the share stays put this many windows before it grows again.
const HOLD_WINDOWS = 2;
// Growth per clean window after the hold, as a part of the full limit: small steps, as near the
// share where the last 429 came a big one meets the others again (faster growth, tried in
// test/unit/pacerShare.test.ts's simulation, doubled the 429s with four processes).
const INCREASE = 1 / 120;
const MIN_STEP = 0.1;
// Growth steps in a row without a 429 after which each step doubles. Among other processes a 429
// comes back well within this (the shares meet again after a few windows), so the fair share keeps
// its small steps; a process the others left gets back to the full limit in 7–14 windows instead of
// 50–90. Doubling sooner (after 3–12 steps, tried in test/unit/pacerShare.test.ts) raised the 429s
// of four processes from ~1–3 % to 7–15 %.
const STEADY_STEPS = 16;
// After a collision, back up to this part of what got into the refusing window: all of it leaves
// the processes together exactly at the limit, so the next growth step of any one of them collides
// again (four processes over 30 windows: 6.5 % refused); a tenth below leaves room for a few steps.
const REBASE = 0.9;

export class ShareControl {
	private share: number;

	/** No second cut before this: the 429s of one collision are one signal. */
	private cutHoldUntil = -Infinity;

	private raiseAt = -Infinity;

	/** Growth steps since the last 429. */
	private cleanSteps = 0;

	/** The share before the last cut: a re-base never goes above it. */
	private beforeCut: number;

	constructor(
		private limit: number,
		private periodMs: number,
	) {
		this.share = limit;
		this.beforeCut = limit;
	}

	/** A new configured limit: the share keeps its part of it, and never exceeds it. */
	reconfigure(limit: number, periodMs: number): void {
		if (limit === this.limit && periodMs === this.periodMs) return;
		this.share = Math.min(limit, (this.share / this.limit) * limit);
		this.limit = limit;
		this.periodMs = periodMs;
	}

	/** Requests this process may have in one period now: a whole number, at least one. */
	allowed(now: number): number {
		return Math.max(1, Math.floor(this.grown(now)));
	}

	private grown(now: number): number {
		for (let step = 0; this.share < this.limit && now >= this.raiseAt && step < 100; step++) {
			const speedUp = 2 ** Math.max(0, this.cleanSteps - STEADY_STEPS);
			this.share = Math.min(this.limit, this.share + speedUp * Math.max(MIN_STEP, this.limit * INCREASE));
			this.cleanSteps++;
			this.raiseAt = Number.isFinite(this.raiseAt) ? this.raiseAt + this.periodMs : now + this.periodMs;
		}
		return this.share;
	}

	/**
	 * The service refused a request (429): the account is shared. `accepted` is how many requests of
	 * this process the service accepted in the last period (about what it can have), `sent` how many
	 * it sent then, refused ones and those in flight included. True when this cut the share (the
	 * first 429 of a collision), false when it belongs to one already cut for.
	 */
	refused(now: number, accepted: number, sent: number): boolean {
		this.raiseAt = now + HOLD_WINDOWS * this.periodMs;
		this.cleanSteps = 0;
		if (now < this.cutHoldUntil) return false;
		this.beforeCut = this.share;
		// Cut from what was in use: a share the process never filled says nothing.
		const share = Math.max(1, Math.min(this.share, this.limit, sent));
		const floor = Math.max(1, this.limit * MIN_SHARE);
		this.share = Math.max(floor, Math.min(share * KEEP, Math.max(accepted, share * DECREASE)));
		this.cutHoldUntil = now + this.periodMs;
		return true;
	}

	/**
	 * The service's window that refused is over, and `accepted` of this process's requests got into
	 * it. The cut was made from the first 429, before the answers of that window were all in; what
	 * did get in is a share the others left room for: every process taking what it got there fills
	 * the limit again, where the cut alone would leave it part empty for many windows.
	 */
	rebase(accepted: number): void {
		this.share = Math.max(this.share, Math.min(this.beforeCut, this.limit, accepted * REBASE));
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
