import type { IDataObject } from 'n8n-workflow';

import { callWebhook, type WebhookOutcome } from './engine';

type WebhookCall = Omit<Parameters<typeof callWebhook>[0], 'staticData'>;

/**
 * A workflow's static data as n8n keeps it between webhook requests: every request starts from its
 * own copy (structuredClone) of the last SAVED state and, when it is done, saves its copy whole — the last writer wins,
 * with no lock (n8n's `saveStaticData` after each webhook call). Concurrent requests therefore see
 * nothing of each other's changes, exactly as in a real n8n process.
 */
let workflows = 0;

export class SavedStaticData {
	saved: IDataObject;

	saves = 0;

	/** One workflow per instance: its trigger's in-process delivery memory is its own too. */
	readonly workflowId = `saved-static-data-workflow-${++workflows}`;

	constructor(initial: IDataObject = {}) {
		this.saved = structuredClone(initial);
	}

	/** One request: a copy taken now (synchronously, as n8n loads the workflow first), saved after. */
	async deliver(call: WebhookCall): Promise<WebhookOutcome> {
		const copy = structuredClone(this.saved);
		const outcome = await callWebhook({ workflowId: this.workflowId, ...call, staticData: copy });
		// n8n stores static data as JSON (the live object is an observing proxy).
		this.saved = JSON.parse(JSON.stringify(outcome.staticData)) as IDataObject;
		this.saves++;
		return outcome;
	}

	/** Requests arriving at the same instant: every copy is taken before any of them saves. */
	async deliverAtOnce(calls: WebhookCall[]): Promise<WebhookOutcome[]> {
		return await Promise.all(calls.map(async (call) => await this.deliver(call)));
	}
}
