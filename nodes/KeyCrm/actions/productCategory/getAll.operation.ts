import { listOperation } from '../common/listOperation';

export const getManyCategories = listOperation({
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
