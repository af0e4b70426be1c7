import { listOperation } from '../common/listOperation';
import { productIncludes } from './get.operation';

export const getManyProducts = listOperation({
	path: '/products',
	filters: [
		{ kind: 'list', key: 'product_id', displayName: 'Product IDs', description: 'Only these products' },
		{
			kind: 'pick',
			key: 'category_id',
			displayName: 'Category Names or IDs',
			description: 'Only products of these categories. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			loadOptionsMethod: 'getProductCategories',
		},
		{ kind: 'boolean', key: 'is_archived', displayName: 'Archived', description: 'Whether to return only archived products (on) or only active ones (off)' },
	],
	include: productIncludes,
});
