import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** An input problem found before anything is sent: the item fails with this message, nothing reaches KeyCRM. */
export function inputError(context: IExecuteFunctions, message: string, itemIndex: number): NodeOperationError {
	return new NodeOperationError(context.getNode(), message, { itemIndex });
}
