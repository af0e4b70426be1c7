import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { createBuyer } from './create.operation';
import { getBuyer } from './get.operation';
import { getManyBuyers } from './getAll.operation';
import { importBuyers } from './import.operation';
import { updateBuyer } from './update.operation';

const entries: OperationEntry[] = [
	{ value: 'create', name: 'Create', action: 'Create a buyer', description: 'Create a new buyer', operation: createBuyer },
	{ value: 'get', name: 'Get', action: 'Get a buyer', description: 'Get one buyer by ID', operation: getBuyer },
	{ value: 'getAll', name: 'Get Many', action: 'Get many buyers', description: 'List buyers', operation: getManyBuyers },
	{ value: 'import', name: 'Import', action: 'Import buyers', description: 'Create many buyers in one request', operation: importBuyers },
	{ value: 'update', name: 'Update', action: 'Update a buyer', description: 'Change an existing buyer', operation: updateBuyer },
];

export const buyerDescription = resourceDescription('buyer', entries, 'get');
export const buyerOperations = operationsOf(entries);
