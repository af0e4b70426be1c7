import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { createOrder } from './create.operation';
import { createOrUpdateOrder } from './createOrUpdate.operation';
import { deleteOrder } from './delete.operation';
import { getOrder } from './get.operation';
import { getAllOrders } from './getAll.operation';
import { updateOrder } from './update.operation';

export const orderOperations: ResourceOperations = {
	create: createOrder,
	createOrUpdate: createOrUpdateOrder,
	delete: deleteOrder,
	get: getOrder,
	getAll: getAllOrders,
	update: updateOrder,
};

export const orderDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['order'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create an order', description: 'Send a new order for review campaigns' },
			{ name: 'Create or Update', value: 'createOrUpdate', action: 'Create or update an order', description: 'Send an order whether or not Aplaut already has it (recommended)' },
			{ name: 'Delete', value: 'delete', action: 'Delete an order', description: 'Delete an order' },
			{ name: 'Get', value: 'get', action: 'Get an order', description: 'Get one order by ID or number' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many orders', description: 'List orders' },
			{ name: 'Update', value: 'update', action: 'Update an order', description: 'Change statuses or details; order lines are replaced. An order Aplaut lacks is created (PUT) and then needs every required field.' },
		],
		default: 'createOrUpdate',
	},
	...operationProperties('order', orderOperations),
];
