import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { createProduct } from './create.operation';
import { deleteProduct } from './delete.operation';
import { getProduct } from './get.operation';
import { getAllProducts } from './getAll.operation';
import { updateProduct } from './update.operation';

const entries: OperationEntry[] = [
	{ value: 'create', name: 'Create', action: 'Create a product', description: 'Add a product to the catalogue', operation: createProduct },
	{ value: 'delete', name: 'Delete', action: 'Delete a product', description: 'Delete a product', operation: deleteProduct },
	{ value: 'get', name: 'Get', action: 'Get a product', description: 'Get one product by ID', operation: getProduct },
	{ value: 'getAll', name: 'Get Many', action: 'Get many products', description: 'List products', operation: getAllProducts },
	{ value: 'update', name: 'Update', action: 'Update a product', description: 'Change a product', operation: updateProduct },
];

export const productDescription = resourceDescription('product', entries, 'get');
export const productOperations = operationsOf(entries);
