import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { Operation, ResourceOperations } from '../execute/router';

/** Shows an operation's properties only for that resource and operation: applied once, not per field. */
export function forOperation(resource: string, operation: string, properties: INodeProperties[]): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, properties);
}

export interface OperationEntry {
	value: string;
	name: string;
	action: string;
	description: string;
	operation: Operation;
}

/** A resource's "Operation" selector plus the properties of all its operations. */
export function resourceDescription(resource: string, entries: OperationEntry[], defaultOperation?: string): INodeProperties[] {
	const options: INodePropertyOptions[] = entries
		.map(({ value, name, action, description }) => ({ value, name, action, description }))
		.sort((a, b) => a.name.localeCompare(b.name));
	const selector: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options,
		default: '',
	};
	selector.default = defaultOperation ?? entries[0].value;
	return [
		selector,
		...entries.flatMap(({ value, operation }) => forOperation(resource, value, operation.description)),
	];
}

export function operationsOf(entries: OperationEntry[]): ResourceOperations {
	return Object.fromEntries(entries.map(({ value, operation }) => [value, operation]));
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
