import { createdAt, updatedAt } from '../common/queryProperties';
import { listRecordsOperation, STANDARD_PAGING } from '../common/recordOperations';
import { consumerIncludes } from './consumerFields';

export const getAllConsumers = listRecordsOperation({
	path: '/consumers',
	paging: STANDARD_PAGING,
	capHint: 'Narrow the Created At / Updated At filter to reach older customers.',
	filterFields: [createdAt, updatedAt, { value: 'unsubscribed', name: 'Unsubscribed', operators: 'eq, neq (true or false)' }],
	sortFields: [createdAt, updatedAt],
	includes: consumerIncludes,
});
