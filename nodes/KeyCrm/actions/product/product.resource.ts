import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { addProductOffers } from './addOffers.operation';
import { createProduct } from './create.operation';
import { getProduct } from './get.operation';
import { getManyProducts } from './getAll.operation';
import { importProducts } from './import.operation';
import { updateProduct } from './update.operation';

export const productOperations: ResourceOperations = {
	addOffers: addProductOffers,
	create: createProduct,
	get: getProduct,
	getAll: getManyProducts,
	import: importProducts,
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
			{ name: 'Add Offers', value: 'addOffers', action: 'Add offers to a product', description: 'Add variants (offers) to a product' },
			{ name: 'Create', value: 'create', action: 'Create a product', description: 'Create a new product in the catalog' },
			{ name: 'Get', value: 'get', action: 'Get a product', description: 'Get one product by ID' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many products', description: 'List products of the catalog' },
			{ name: 'Import', value: 'import', action: 'Import products', description: 'Create many products in one request' },
			{ name: 'Update', value: 'update', action: 'Update a product', description: 'Change an existing product' },
		],
		default: 'get',
	},
	...operationProperties('product', productOperations),
];
