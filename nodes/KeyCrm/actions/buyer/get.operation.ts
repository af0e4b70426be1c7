import { buyerIncludes } from '../common/includes';
import { getOperation } from '../common/recordPath';
import { buyerIdProperty } from './update.operation';

export const getBuyer = getOperation({ path: '/buyer/{buyerId}', id: buyerIdProperty, include: buyerIncludes, what: 'buyer' });
