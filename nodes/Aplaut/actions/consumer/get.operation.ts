import { getRecordOperation } from '../common/recordOperations';
import { consumerId, consumerIncludes } from './consumerFields';

export const getConsumer = getRecordOperation({ collection: '/consumers', id: consumerId, includes: consumerIncludes });
