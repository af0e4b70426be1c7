import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { createOrder } from './create.operation';
import { createOrUpdateOrder } from './createOrUpdate.operation';
import { deleteOrder } from './delete.operation';
import { getOrder } from './get.operation';
import { getAllOrders } from './getAll.operation';
import { updateOrder } from './update.operation';

const entries: OperationEntry[] = [
	{ value: 'create', name: 'Create', action: 'Create an order', description: 'Send a new order for review campaigns', operation: createOrder },
	{
		value: 'createOrUpdate',
		name: 'Create or Update',
		action: 'Create or update an order',
		description: 'Send an order whether or not Aplaut already has it (recommended)',
		operation: createOrUpdateOrder,
	},
	{ value: 'delete', name: 'Delete', action: 'Delete an order', description: 'Delete an order', operation: deleteOrder },
	{ value: 'get', name: 'Get', action: 'Get an order', description: 'Get one order by ID or number', operation: getOrder },
	{ value: 'getAll', name: 'Get Many', action: 'Get many orders', description: 'List orders', operation: getAllOrders },
	{
		value: 'update',
		name: 'Update',
		action: 'Update an order',
		description: 'Change statuses or details; order lines are replaced. An order Aplaut lacks is created (PUT) and then needs every required field.',
		operation: updateOrder,
	},
];

export const orderDescription = resourceDescription('order', entries, 'createOrUpdate');
export const orderOperations = operationsOf(entries);
