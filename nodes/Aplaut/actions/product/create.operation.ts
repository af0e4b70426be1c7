import { field, writeRecordOperation } from '../common/writeOperations';
import { PRODUCT_TYPE, productFields, productKinds } from './productFields';

export const createProduct = writeRecordOperation({
	method: 'POST',
	collection: '/products',
	type: PRODUCT_TYPE,
	required: [
		{
			attribute: 'external_id',
			property: {
				displayName: 'External ID',
				name: 'externalId',
				type: 'string',
				required: true,
				default: '',
				description: 'Your ID of the product; use offer.ID from your YML feed so orders and reviews match it',
			},
		},
		{
			attribute: 'name',
			property: { displayName: 'Name', name: 'name', type: 'string', required: true, default: '', description: 'Product name' },
		},
	],
	fields: [
		...productFields,
		field.text('brand_name', 'Brand Name', 'Brand or manufacturer'),
		field.list('category_names', 'Category Path', 'Category names from the top category down; missing ones are created'),
		field.text('category_id', 'Category ID', 'ID of the category (used when no category path is given)'),
		field.text('category_name', 'Category Name', 'Name of the category (used when no path or ID matches)'),
	],
	kinds: productKinds,
});
