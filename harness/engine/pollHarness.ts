import type { IDataObject, INodeExecutionData, INodeParameters, WorkflowExecuteMode } from 'n8n-workflow';

import type { CredentialsMap } from './engine';
import { callPoll } from './poll';

const NODE_NAME = 'Poll Trigger';

export interface PollOutcome {
	/** What poll() returned: the items of its first output, or null when it reported nothing new. */
	items: INodeExecutionData[] | null;
	error?: Error & { description?: string; httpCode?: string };
	/** The node's static data after the poll (the watermark). */
	nodeStaticData: IDataObject;
}

/**
 * A polling trigger node as n8n's poll scheduler runs it: one poll() through n8n-core's PollContext,
 * with the workflow's static data carried from poll to poll by the caller (`staticData`, kept
 * between calls). `mode: 'manual'` is the editor's "Fetch Test Event".
 */
export class PollHarness {
	readonly staticData: IDataObject = {};

	constructor(
		private readonly args: {
			type: string;
			parameters: INodeParameters;
			credentials: CredentialsMap;
			workflowId?: string;
			nodeId?: string;
		},
	) {}

	/** One poll. Errors are returned, not thrown, as n8n reports them without stopping the schedule. */
	async poll(mode: WorkflowExecuteMode = 'trigger'): Promise<PollOutcome> {
		let items: INodeExecutionData[] | null = null;
		let error: PollOutcome['error'];
		try {
			const outcome = await callPoll({
				type: this.args.type,
				parameters: this.args.parameters,
				credentials: this.args.credentials,
				staticData: this.staticData,
				mode,
				activation: mode === 'manual' ? 'manual' : 'activate',
				name: NODE_NAME,
				workflowId: this.args.workflowId,
				nodeId: this.args.nodeId,
			});
			items = outcome.items ? (outcome.items[0] ?? []) : null;
		} catch (caught) {
			error = caught as PollOutcome['error'];
		}
		return { items, error, nodeStaticData: this.nodeStaticData() };
	}

	/** The node's part of the static data (n8n keys it `node:<name>`), as a plain copy. */
	nodeStaticData(): IDataObject {
		return JSON.parse(JSON.stringify(this.staticData[`node:${NODE_NAME}`] ?? {})) as IDataObject;
	}

	/** The json of each item, or [] when the poll reported nothing. */
	static jsons(outcome: PollOutcome): IDataObject[] {
		return (outcome.items ?? []).map((item) => item.json);
	}
}
