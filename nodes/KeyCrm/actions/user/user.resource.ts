import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { getManyUsers } from './getAll.operation';

export const userOperations: ResourceOperations = {
	getAll: getManyUsers,
};

export const userDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{ name: 'Get Many', value: 'getAll', action: 'Get many users', description: 'List users (managers) of the account' },
		],
		default: 'getAll',
	},
	...operationProperties('user', userOperations),
];
