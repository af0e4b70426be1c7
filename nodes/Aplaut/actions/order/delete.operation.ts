import { deleteRecordOperation } from '../common/recordOperations';
import { ORDER_ID } from './orderFields';

export const deleteOrder = deleteRecordOperation({ collection: '/orders', id: ORDER_ID });
