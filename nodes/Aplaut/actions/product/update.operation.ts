import { field, writeRecordOperation } from '../common/writeOperations';
import { PRODUCT_TYPE, productFields, productId, productKinds } from './productFields';

export const updateProduct = writeRecordOperation({
	method: 'PUT',
	collection: '/products',
	type: PRODUCT_TYPE,
	id: productId,
	notice: 'Custom attributes you send are added to or replace the existing ones; the others stay',
	fields: [
		field.text('external_id', 'External ID', 'New external ID of the product'),
		field.text('name', 'Name', 'Product name'),
		...productFields,
	],
	fieldsLabel: 'Update Fields',
	kinds: productKinds,
});
