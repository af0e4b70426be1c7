import 'reflect-metadata';

import { ExecutionLifecycleHooks, PollContext } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { HarnessCredentialsHelper } from './credentials';
import { fullType, loadPackage, type CredentialsMap } from './engine';

let polls = 0;

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

	private node(): INode {
		const credentials = Object.fromEntries(
			Object.keys(this.args.credentials).map((type) => [type, { id: `${type}-id`, name: `${type} (test)` }]),
		);
		return {
			id: this.args.nodeId ?? 'poll-node',
			name: 'Poll Trigger',
			type: fullType(this.args.type),
			typeVersion: 1,
			position: [0, 0],
			parameters: this.args.parameters,
			credentials,
		};
	}

	/** One poll. Errors are returned, not thrown, as n8n reports them without stopping the schedule. */
	async poll(mode: WorkflowExecuteMode = 'trigger'): Promise<PollOutcome> {
		const pkg = await loadPackage();
		const node = this.node();
		const workflow = new Workflow({
			id: this.args.workflowId ?? 'poll-workflow',
			nodes: [node],
			connections: {},
			nodeTypes: pkg.nodeTypes,
			active: mode !== 'manual',
			staticData: this.staticData,
			settings: {},
		});
		const hooks = new ExecutionLifecycleHooks(mode, `poll-${++polls}`, {} as never);
		const additionalData = {
			hooks,
			credentialsHelper: new HarnessCredentialsHelper(pkg.credentialTypes, this.args.credentials),
			restApiUrl: 'http://127.0.0.1:5678/rest',
			instanceBaseUrl: 'http://127.0.0.1:5678/',
			webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
			webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
			webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
			userId: 'test-user',
			variables: {},
			encryptedRunnerIdentity: undefined,
		} as unknown as IWorkflowExecuteAdditionalData;
		const context = new PollContext(workflow, node, additionalData, mode, mode === 'manual' ? 'manual' : 'activate');
		const nodeType = pkg.nodeTypes.getByName(node.type) as INodeType;
		if (!nodeType.poll) throw new Error(`${this.args.type} has no poll()`);
		let items: INodeExecutionData[] | null = null;
		let error: PollOutcome['error'];
		try {
			const result = await nodeType.poll.call(context);
			items = result ? (result[0] ?? []) : null;
		} catch (caught) {
			error = caught as PollOutcome['error'];
		}
		return { items, error, nodeStaticData: this.nodeStaticData() };
	}

	/** The node's part of the static data (n8n keys it `node:<name>`), as a plain copy. */
	nodeStaticData(): IDataObject {
		return JSON.parse(JSON.stringify(this.staticData['node:Poll Trigger'] ?? {})) as IDataObject;
	}

	/** The json of each item, or [] when the poll reported nothing. */
	static jsons(outcome: PollOutcome): IDataObject[] {
		return (outcome.items ?? []).map((item) => item.json);
	}
}
