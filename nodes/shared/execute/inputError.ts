import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * An item failure the node finds on its own, not an API error: input that cannot be sent (nothing
 * reaches the service) or an answer the operation cannot use. The item fails with this message.
 */
export function inputError(context: IExecuteFunctions, message: string | Error, itemIndex: number, description?: string): NodeOperationError {
	return new NodeOperationError(context.getNode(), message, description === undefined ? { itemIndex } : { itemIndex, description });
}

/** Stops the item before anything is sent to `service`, listing every problem found. */
export function assertNoProblems(context: IExecuteFunctions, problems: string[], itemIndex: number, service: string): void {
	if (problems.length === 0) return;
	const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
	throw inputError(context, `${problems[0]}${more}`, itemIndex, `Nothing was sent to ${service}. Fix the input:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
}
