import { deleteRecordOperation } from '../common/recordOperations';
import { consumerId } from './consumerFields';

export const deleteConsumer = deleteRecordOperation({ collection: '/consumers', id: consumerId });
