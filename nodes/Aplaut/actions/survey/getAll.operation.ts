import { createdAt, updatedAt } from '../common/queryProperties';
import { listRecordsOperation } from '../common/recordOperations';

export const getAllSurveys = listRecordsOperation({
	path: '/surveys',
	paging: { pageCap: 100, perPageMin: 1, perPageMax: 100 },
	filterFields: [{ value: 'name', name: 'Name', operators: 'eq, neq' }, createdAt, updatedAt],
	sortFields: [createdAt, updatedAt],
	includes: [{ value: 'questions', name: 'Questions' }],
});
