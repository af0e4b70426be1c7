import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { addProductOffers } from './addOffers.operation';
import { createProduct } from './create.operation';
import { getProduct } from './get.operation';
import { getManyProducts } from './getAll.operation';
import { importProducts } from './import.operation';
import { updateProduct } from './update.operation';

const entries: OperationEntry[] = [
	{ value: 'addOffers', name: 'Add Offers', action: 'Add offers to a product', description: 'Add variants (offers) to a product', operation: addProductOffers },
	{ value: 'create', name: 'Create', action: 'Create a product', description: 'Create a new product in the catalog', operation: createProduct },
	{ value: 'get', name: 'Get', action: 'Get a product', description: 'Get one product by ID', operation: getProduct },
	{ value: 'getAll', name: 'Get Many', action: 'Get many products', description: 'List products of the catalog', operation: getManyProducts },
	{ value: 'import', name: 'Import', action: 'Import products', description: 'Create many products in one request', operation: importProducts },
	{ value: 'update', name: 'Update', action: 'Update a product', description: 'Change an existing product', operation: updateProduct },
];

export const productDescription = resourceDescription('product', entries, 'get');
export const productOperations = operationsOf(entries);
