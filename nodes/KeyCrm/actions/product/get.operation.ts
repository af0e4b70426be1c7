import { getOperation } from '../common/recordPath';
import { productIdProperty } from './update.operation';

export const productIncludes = [{ name: 'Custom Fields', value: 'custom_fields' }];

export const getProduct = getOperation({ path: '/products/{productId}', id: productIdProperty, include: productIncludes, what: 'product' });
