import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { createConsumer } from './create.operation';
import { deleteConsumer } from './delete.operation';
import { getConsumer } from './get.operation';
import { getAllConsumers } from './getAll.operation';
import { updateConsumer } from './update.operation';

export const consumerOperations: ResourceOperations = {
	create: createConsumer,
	delete: deleteConsumer,
	get: getConsumer,
	getAll: getAllConsumers,
	update: updateConsumer,
};

export const consumerDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['consumer'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a customer', description: 'Add a customer' },
			{ name: 'Delete', value: 'delete', action: 'Delete a customer', description: 'Delete a customer' },
			{ name: 'Get', value: 'get', action: 'Get a customer', description: 'Get one customer by ID' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many customers', description: 'List customers' },
			{ name: 'Update', value: 'update', action: 'Update a customer', description: 'Change a customer; an unknown ID creates one (PUT), which then needs every required field' },
		],
		default: 'get',
	},
	...operationProperties('consumer', consumerOperations),
];
