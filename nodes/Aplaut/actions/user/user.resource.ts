import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { createUser } from './create.operation';
import { getUser } from './get.operation';

export const userOperations: ResourceOperations = {
	create: createUser,
	get: getUser,
};

export const userDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a user', description: 'Add a dashboard user (admin, moderator, …)' },
			{ name: 'Get', value: 'get', action: 'Get a user', description: 'Get one dashboard user by ID' },
		],
		default: 'get',
	},
	...operationProperties('user', userOperations),
];
