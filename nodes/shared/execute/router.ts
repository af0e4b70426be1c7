import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { declareResendSafety, type ResendSafety, type UncertainWrite } from '../http/resend';
import type { ServiceProfile } from '../http/types';
import { runItems, type OperationResult } from './runItems';

/** One operation: its UI properties and what it does for one item, side by side. */
export interface Operation {
	description: INodeProperties[];
	/** Whether a request of this operation may be sent again after an uncertain failure (see ResendSafety). */
	resend: ResendSafety;
	/**
	 * For an unsafe operation: what may have happened and what to check, when its write lost the
	 * answer and the node cannot find out itself (the item fails with it, never re-sent).
	 */
	uncertain?: UncertainWrite;
	execute(this: IExecuteFunctions, itemIndex: number): Promise<OperationResult>;
}

export type ResourceOperations = Record<string, Operation>;

/** Reads resource and operation once and runs that operation over all items through the shared loop. */
export async function route(
	this: IExecuteFunctions,
	profile: ServiceProfile,
	resources: Record<string, ResourceOperations>,
): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = resources[resource]?.[operationName];
	if (!operation) {
		throw new NodeOperationError(this.getNode(), `The operation "${operationName}" of "${resource}" is not supported`);
	}
	declareResendSafety(this, operation.resend, operation.uncertain);
	return [await runItems.call(this, profile, async (itemIndex) => await operation.execute.call(this, itemIndex))];
}
