/**
 * One poll at a time per trigger node. Pure: no n8n imports.
 *
 * n8n starts the next poll on schedule even while the previous one still runs (a slow service, a
 * long backlog). Two polls reading the same watermark would both deliver the same records; the
 * second one simply skips its turn instead, and the next scheduled poll catches up.
 */
export class PollGate {
	private readonly busy = new Set<string>();

	/** True when no poll of this node runs now: the caller runs and must `leave` afterwards. */
	tryEnter(key: string): boolean {
		if (this.busy.has(key)) return false;
		this.busy.add(key);
		return true;
	}

	leave(key: string): void {
		this.busy.delete(key);
	}

	/** Runs `poll` unless a poll of `key` is already running; then answers `whenBusy`. */
	async exclusive<T>(key: string, poll: () => Promise<T>, whenBusy: T): Promise<T> {
		if (!this.tryEnter(key)) return whenBusy;
		try {
			return await poll();
		} finally {
			this.leave(key);
		}
	}
}
