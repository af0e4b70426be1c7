import { getRecordOperation } from '../common/recordOperations';
import { productId, productIncludes } from './productFields';

export const getProduct = getRecordOperation({ collection: '/products', id: productId, includes: productIncludes });
