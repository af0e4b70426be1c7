import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { createUser } from './create.operation';
import { getUser } from './get.operation';

const entries: OperationEntry[] = [
	{ value: 'create', name: 'Create', action: 'Create a user', description: 'Add a dashboard user (admin, moderator, …)', operation: createUser },
	{ value: 'get', name: 'Get', action: 'Get a user', description: 'Get one dashboard user by ID', operation: getUser },
];

export const userDescription = resourceDescription('user', entries, 'get');
export const userOperations = operationsOf(entries);
