import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { createCategory } from './create.operation';
import { getManyCategories } from './getAll.operation';

export const productCategoryOperations: ResourceOperations = {
	create: createCategory,
	getAll: getManyCategories,
};

export const productCategoryDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['productCategory'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a product category', description: 'Create a new product category' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many product categories', description: 'List product categories' },
		],
		default: 'getAll',
	},
	...operationProperties('productCategory', productCategoryOperations),
];
