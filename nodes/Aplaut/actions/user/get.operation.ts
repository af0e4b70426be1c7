import { getRecordOperation } from '../common/recordOperations';

export const getUser = getRecordOperation({
	collection: '/users',
	id: { name: 'userId', displayName: 'User ID', description: "Aplaut's ID of the dashboard user" },
});
