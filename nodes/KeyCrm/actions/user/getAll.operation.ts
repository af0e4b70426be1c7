import { listOperation } from '../common/listOperation';

export const getManyUsers = listOperation({
	path: '/users',
	filters: [
		{ kind: 'list', key: 'id', displayName: 'User IDs', description: 'Only these users' },
		{ kind: 'text', key: 'full_name', displayName: 'Full Name', description: 'Only users with this name' },
		{ kind: 'list', key: 'role_id', displayName: 'Role IDs', description: 'Only users with these roles' },
		{
			kind: 'choice',
			key: 'status',
			displayName: 'Status',
			description: 'Only users in this state',
			options: [
				{ name: 'Active', value: 'active' },
				{ name: 'Blocked', value: 'blocked' },
				{ name: 'Pending', value: 'pending' },
			],
		},
		{ kind: 'text', key: 'email', displayName: 'Email', description: 'Only the user with this email' },
		{ kind: 'text', key: 'phone', displayName: 'Phone', description: 'Only the user with this phone' },
		{ kind: 'dateRange', key: 'created_between', displayName: 'Created Between', description: 'Only users created in this period' },
		{ kind: 'dateRange', key: 'last_logged_between', displayName: 'Last Active Between', description: 'Only users last active in this period' },
	],
});
