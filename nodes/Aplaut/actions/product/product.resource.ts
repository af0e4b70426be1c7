import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { createProduct } from './create.operation';
import { deleteProduct } from './delete.operation';
import { getProduct } from './get.operation';
import { getAllProducts } from './getAll.operation';
import { updateProduct } from './update.operation';

export const productOperations: ResourceOperations = {
	create: createProduct,
	delete: deleteProduct,
	get: getProduct,
	getAll: getAllProducts,
	update: updateProduct,
};

export const productDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a product', description: 'Add a product to the catalogue' },
			{ name: 'Delete', value: 'delete', action: 'Delete a product', description: 'Delete a product' },
			{ name: 'Get', value: 'get', action: 'Get a product', description: 'Get one product by ID' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many products', description: 'List products' },
			{ name: 'Update', value: 'update', action: 'Update a product', description: 'Change a product' },
		],
		default: 'get',
	},
	...operationProperties('product', productOperations),
];
