import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { createConsumer } from './create.operation';
import { deleteConsumer } from './delete.operation';
import { getConsumer } from './get.operation';
import { getAllConsumers } from './getAll.operation';
import { updateConsumer } from './update.operation';

const entries: OperationEntry[] = [
	{ value: 'create', name: 'Create', action: 'Create a customer', description: 'Add a customer', operation: createConsumer },
	{ value: 'delete', name: 'Delete', action: 'Delete a customer', description: 'Delete a customer', operation: deleteConsumer },
	{ value: 'get', name: 'Get', action: 'Get a customer', description: 'Get one customer by ID', operation: getConsumer },
	{ value: 'getAll', name: 'Get Many', action: 'Get many customers', description: 'List customers', operation: getAllConsumers },
	{
		value: 'update',
		name: 'Update',
		action: 'Update a customer',
		description: 'Change a customer; an unknown ID creates one (PUT), which then needs every required field',
		operation: updateConsumer,
	},
];

export const consumerDescription = resourceDescription('consumer', entries, 'get');
export const consumerOperations = operationsOf(entries);
