import { deleteRecordOperation } from '../common/recordOperations';
import { productId } from './productFields';

export const deleteProduct = deleteRecordOperation({ collection: '/products', id: productId });
