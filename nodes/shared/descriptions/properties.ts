import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ResourceOperations } from '../execute/router';

/** Shows an operation's properties only for that resource and operation: applied once, not per field. */
export function forOperation(resource: string, operation: string, properties: INodeProperties[]): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, properties);
}

/** The properties of all operations of one resource, each shown only for its own operation. */
export function operationProperties(resource: string, operations: ResourceOperations): INodeProperties[] {
	return Object.entries(operations).flatMap(([value, operation]) => forOperation(resource, value, operation.description));
}

/** "Return All" and "Limit", the way n8n's list operations present them. */
export function returnAllOrLimit(maxLimit?: number): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			displayOptions: { show: { returnAll: [false] } },
			typeOptions: { minValue: 1, ...(maxLimit ? { maxValue: maxLimit } : {}) },
			default: 50,
			description: 'Max number of results to return',
		},
	];
}
