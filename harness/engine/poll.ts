import { ExecutionLifecycleHooks, PollContext } from 'n8n-core';
import type { IDataObject, INodeExecutionData, INodeParameters, INodeType, WorkflowActivateMode, WorkflowExecuteMode } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { buildAdditionalData, loadPackage, newExecutionId, toNode, type CredentialsMap } from './engine';

export interface PollOutcome {
	/** What poll() returned: null when nothing is new. */
	items: INodeExecutionData[][] | null;
	/** The workflow's static data after the poll, as n8n would save it (a plain copy). */
	staticData: IDataObject;
}

/**
 * Runs a polling trigger's `poll()` once through n8n-core's PollContext, as n8n's poll scheduler
 * does. Pass the returned staticData into the next call to continue from where this poll left it.
 * A given staticData object is changed in place (n8n's in-memory copy); the returned one is a copy.
 */
export async function callPoll(args: {
	type: string;
	parameters: INodeParameters;
	credentials?: CredentialsMap;
	staticData?: IDataObject;
	/** 'trigger' for a scheduled poll (default), 'manual' for "Fetch Test Event". */
	mode?: WorkflowExecuteMode;
	activation?: WorkflowActivateMode;
	name?: string;
	workflowId?: string;
	nodeId?: string;
}): Promise<PollOutcome> {
	const pkg = await loadPackage();
	const credentials = args.credentials ?? {};
	const node = { ...toNode({ type: args.type, name: args.name, parameters: args.parameters }, credentials), ...(args.nodeId ? { id: args.nodeId } : {}) };
	// The caller's object itself, as n8n keeps a workflow's static data in memory between polls: a
	// poll that changes it before failing leaves that change behind, and a test sees it.
	const staticData = args.staticData ?? {};
	const workflow = new Workflow({
		id: args.workflowId ?? 'test-workflow',
		nodes: [node],
		connections: {},
		nodeTypes: pkg.nodeTypes,
		active: true,
		staticData,
		settings: {},
	});
	const hooks = new ExecutionLifecycleHooks('trigger', newExecutionId(), {} as never);
	const additionalData = buildAdditionalData(pkg, credentials, hooks);
	const context = new PollContext(workflow, node, additionalData, args.mode ?? 'trigger', args.activation ?? 'activate');
	const nodeType = pkg.nodeTypes.getByName(node.type) as INodeType;
	if (!nodeType.poll) throw new Error(`${args.type} has no poll()`);
	const items = await nodeType.poll.call(context);
	return { items, staticData: JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject };
}

/** The JSON of the items a poll returned (empty when it returned null). */
export function polledJson(outcome: PollOutcome): IDataObject[] {
	return (outcome.items?.[0] ?? []).map((item) => item.json);
}
