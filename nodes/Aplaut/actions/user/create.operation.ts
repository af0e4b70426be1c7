import { field, writeRecordOperation } from '../common/writeOperations';

export const createUser = writeRecordOperation({
	method: 'POST',
	collection: '/users',
	type: 'users',
	required: [
		{
			attribute: 'email',
			property: { displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', required: true, default: '', description: 'Login email of the new team member' },
		},
		{
			attribute: 'role',
			property: {
				displayName: 'Role',
				name: 'role',
				type: 'options',
				options: [
					{ name: 'Manager', value: 'company_manager' },
					{ name: 'Moderator', value: 'company_moderator' },
					{ name: 'Administrator', value: 'company_admin' },
				],
				default: 'company_moderator',
				description: 'What the user may do in the Aplaut dashboard',
			},
		},
	],
	fields: [
		field.text('name', 'Full Name', "The user's full name"),
		field.text('first_name', 'First Name', "The user's first name"),
		field.text('occupation', 'Occupation', 'Shown next to their replies, usually the job title'),
		field.text('avatar_url', 'Avatar URL', "Link to the user's picture"),
	],
});
