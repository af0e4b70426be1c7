/**
 * Runs tasks with the same key one after another, tasks with different keys side by side. Module
 * scope: shared by every execution in this n8n process (main or worker), so two executions handling
 * the same order never look it up and create it at the same time. Pure: promises only, no timers.
 */
export class KeyedLock {
	private readonly tails = new Map<string, Promise<void>>();

	async run<T>(key: string, task: () => Promise<T>): Promise<T> {
		const before = this.tails.get(key) ?? Promise.resolve();
		let release!: () => void;
		const mine = new Promise<void>((resolve) => (release = resolve));
		const tail = before.then(() => mine);
		this.tails.set(key, tail);
		await before;
		try {
			return await task();
		} finally {
			release();
			// The last one out leaves no entry behind: the map only holds keys in use.
			if (this.tails.get(key) === tail) this.tails.delete(key);
		}
	}

	/** Keys with a task running or waiting (for tests and diagnostics). */
	get size(): number {
		return this.tails.size;
	}
}

/** The one lock of this process for work keyed on a record of a service (e.g. a source UUID). */
export const recordLock = new KeyedLock();
