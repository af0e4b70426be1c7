export interface BotobotOrder {
	id: number;
	status: number;
	paid: boolean;
}

export interface BotobotTask {
	id: number;
	user_id: number;
	command: string;
	timestamp: number;
	removed: boolean;
}

export class BotobotStore {
	orders = new Map<number, BotobotOrder>();

	tasks = new Map<number, BotobotTask>();

	nextTaskId = 1;

	constructor() {
		this.reset();
	}

	reset(): void {
		this.orders = new Map(
			[1001, 1002, 1003].map((id) => [id, { id, status: 0, paid: false }] as [number, BotobotOrder]),
		);
		this.tasks = new Map();
		this.nextTaskId = 1;
	}

	/** A task counts as done once its timestamp has passed (the scheduler runs it "after" that mark). */
	taskView(task: BotobotTask, nowSeconds = Math.floor(Date.now() / 1000)) {
		const done = !task.removed && task.timestamp <= nowSeconds;
		return {
			status: task.removed ? 2 : done ? 1 : 0,
			status_text: task.removed ? 'Removed' : done ? 'Done' : 'Waiting',
			done_at: done ? task.timestamp : 0,
		};
	}
}
