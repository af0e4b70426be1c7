export interface BotobotOrder {
	id: number;
	status: number;
	paid: boolean;
	/** What the order list (undocumented GET /orders) shows besides id, status and paid. */
	details?: Record<string, unknown>;
}

export interface BotobotTask {
	id: number;
	user_id: number;
	command: string;
	timestamp: number;
	removed: boolean;
}

export const ORDER_STATUS_CODES = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90];

const nowSeconds = () => Math.floor(Date.now() / 1000);

export class BotobotStore {
	orders = new Map<number, BotobotOrder>();

	/** Orders the list does not show before this time (ms): a late order, for the poll checks. */
	hiddenUntil = new Map<number, number>();

	tasks = new Map<number, BotobotTask>();

	nextTaskId = 1;

	/** HTTP status of the answer to an unknown token (undocumented: 403 or 200, both with "fail"). */
	badTokenStatus = 403;

	constructor() {
		this.reset();
	}

	reset(): void {
		this.hiddenUntil = new Map();
		this.orders = new Map(
			[1001, 1002, 1003].map((id) => [id, { id, status: 0, paid: false }] as [number, BotobotOrder]),
		);
		this.tasks = new Map();
		this.nextTaskId = 1;
		this.badTokenStatus = 403;
	}

	addTask(user_id: number, command: string, timestamp: number): BotobotTask {
		const task = { id: this.nextTaskId++, user_id, command, timestamp, removed: false };
		this.tasks.set(task.id, task);
		return task;
	}

	/** A task has run once its timestamp has passed (the scheduler runs it "after" that mark). */
	isDone(task: BotobotTask, now = nowSeconds()): boolean {
		return !task.removed && task.timestamp <= now;
	}

	taskView(task: BotobotTask, now = nowSeconds()) {
		const done = this.isDone(task, now);
		return {
			status: task.removed ? 2 : done ? 1 : 0,
			status_text: task.removed ? 'Removed' : done ? 'Done' : 'Waiting',
			done_at: done ? task.timestamp : 0,
		};
	}
}
