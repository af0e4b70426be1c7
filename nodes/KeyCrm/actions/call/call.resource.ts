import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { getManyCalls } from './getAll.operation';

export const callOperations: ResourceOperations = {
	getAll: getManyCalls,
};

export const callDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['call'] } },
		options: [
			{ name: 'Get Many', value: 'getAll', action: 'Get many calls', description: 'List phone calls' },
		],
		default: 'getAll',
	},
	...operationProperties('call', callOperations),
];
