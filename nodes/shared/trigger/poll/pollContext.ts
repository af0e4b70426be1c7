import type { INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { PollGate } from './pollGate';

/** One gate per n8n process, for every polling trigger node of this package. */
const gate = new PollGate();

/**
 * Runs a poll unless the same trigger node is still polling in this process (n8n does not wait for
 * a slow poll before starting the next one); a skipped turn returns null: nothing new this time.
 */
export async function onePollAtATime(
	this: IPollFunctions,
	poll: () => Promise<INodeExecutionData[][] | null>,
): Promise<INodeExecutionData[][] | null> {
	const node = this.getNode();
	const key = `${this.getWorkflow().id ?? ''}|${node.id ?? node.name}`;
	return await gate.exclusive(key, poll, null);
}

/** How long a poll may keep reading pages: half of n8n's budget, so the hand-off still fits. */
export function pageDeadline(this: IPollFunctions, startedAtMs: number): number {
	const budget = typeof this.getPollBudgetMs === 'function' ? this.getPollBudgetMs() : 5 * 60_000;
	return startedAtMs + budget / 2;
}
