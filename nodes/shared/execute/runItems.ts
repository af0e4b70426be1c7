import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { readRequestSettings } from '../http/settings';
import type { ServiceProfile } from '../http/types';

export type OperationResult = IDataObject | IDataObject[] | INodeExecutionData[] | undefined;

function isExecutionData(result: OperationResult): result is INodeExecutionData[] {
	return (
		Array.isArray(result) &&
		result.length > 0 &&
		result.every((entry) => typeof entry === 'object' && entry !== null && 'json' in entry)
	);
}

function errorItem(error: Error & { description?: unknown; httpCode?: unknown }, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (typeof error.description === 'string' && error.description) json.description = error.description;
	if (typeof error.httpCode === 'string' && error.httpCode) json.httpCode = error.httpCode;
	return { json, pairedItem: { item: itemIndex } };
}

function asNodeError(node: INode, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex ??= itemIndex;
		return error;
	}
	return new NodeOperationError(node, error as Error, { itemIndex });
}

/**
 * The item loop of every operation: runs `operation` for each input item (a few at a time if the user
 * asked for parallel requests), keeps input order, pairs every output item with its input, and turns a
 * failure into an error item when "Continue On Fail" is on.
 */
export async function runItems(
	this: IExecuteFunctions,
	profile: ServiceProfile,
	operation: (itemIndex: number) => Promise<OperationResult>,
): Promise<INodeExecutionData[]> {
	const items = this.getInputData();
	const parallel = Math.min(items.length, readRequestSettings(this, profile, 0).parallelRequests);
	const outputs: INodeExecutionData[][] = new Array(items.length);
	let nextIndex = 0;
	let firstError: { error: unknown } | undefined;

	const runOne = async (itemIndex: number): Promise<INodeExecutionData[]> => {
		try {
			const result = await operation(itemIndex);
			if (isExecutionData(result)) return result.map((entry) => ({ ...entry, pairedItem: { item: itemIndex } }));
			if (result === undefined) return [];
			return this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(result), {
				itemData: { item: itemIndex },
			});
		} catch (error) {
			if (this.continueOnFail()) return [errorItem(error as Error, itemIndex)];
			throw asNodeError(this.getNode(), error, itemIndex);
		}
	};

	const worker = async () => {
		while (firstError === undefined && nextIndex < items.length) {
			const itemIndex = nextIndex++;
			try {
				outputs[itemIndex] = await runOne(itemIndex);
			} catch (error) {
				firstError ??= { error };
			}
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
	if (firstError !== undefined) throw firstError.error;
	return outputs.flat();
}
