import type { IExecuteFunctions } from 'n8n-workflow';

/** The item's Return All / Limit choice as one number: undefined means "all". */
export function listLimit(context: IExecuteFunctions, itemIndex: number): number | undefined {
	const returnAll = context.getNodeParameter('returnAll', itemIndex, false) as boolean;
	return returnAll ? undefined : (context.getNodeParameter('limit', itemIndex, 50) as number);
}
