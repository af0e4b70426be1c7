import type { IExecuteFunctions } from 'n8n-workflow';

import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import type { Operation } from '../../../shared/execute/router';
import { formToBody } from '../../helpers/catalogValues';
import { keyCrmRequest } from '../../transport';
import { listOperation } from '../common/listOperation';

const createCategory: Operation = {
	description: [
		{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', description: 'Name of the category' },
		{
			displayName: 'Parent Category Name or ID',
			name: 'parentId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getProductCategories' },
			default: '',
			description: 'Category this one goes under; leave empty for a top-level category. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const body = formToBody({ name: this.getNodeParameter('name', itemIndex), parentId: this.getNodeParameter('parentId', itemIndex, '') });
		return await keyCrmRequest.call(this, 'POST', '/products/categories', { body }, itemIndex);
	},
};

const getManyCategories = listOperation({
	path: '/products/categories',
	filters: [
		{ kind: 'list', key: 'category_id', displayName: 'Category IDs', description: 'Only these categories' },
		{
			kind: 'pick',
			key: 'parent_id',
			displayName: 'Parent Category Names or IDs',
			description: 'Only subcategories of these categories. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			loadOptionsMethod: 'getProductCategories',
		},
	],
});

const entries: OperationEntry[] = [
	{ value: 'create', name: 'Create', action: 'Create a product category', description: 'Create a new product category', operation: createCategory },
	{ value: 'getAll', name: 'Get Many', action: 'Get many product categories', description: 'List product categories', operation: getManyCategories },
];

export const productCategoryDescription = resourceDescription('productCategory', entries, 'getAll');
export const productCategoryOperations = operationsOf(entries);
