import { listOperation } from '../common/listOperation';

export const getManyCalls = listOperation({
	path: '/calls',
	filters: [
		{ kind: 'list', key: 'reference_id', displayName: 'Reference IDs', description: 'Only calls with these IDs of the telephony service' },
		{ kind: 'list', key: 'client_id', displayName: 'Buyer IDs', description: 'Only calls with these buyers' },
		{
			kind: 'pick',
			key: 'manager_id',
			displayName: 'Manager Names or IDs',
			description: 'Only calls of these users. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			loadOptionsMethod: 'getUsers',
		},
		{ kind: 'list', key: 'lead_id', displayName: 'Pipeline Card IDs', description: 'Only calls linked to these pipeline cards' },
		{
			kind: 'choice',
			key: 'type',
			displayName: 'Direction',
			description: 'Only incoming or only outgoing calls',
			options: [
				{ name: 'Incoming', value: 'incoming' },
				{ name: 'Outgoing', value: 'outgoing' },
			],
		},
		{ kind: 'list', key: 'client_phone', displayName: 'Phones', description: 'Only calls with these phone numbers' },
		{ kind: 'dateRange', key: 'created_between', displayName: 'Created Between', description: 'Only calls made in this period' },
	],
	include: [
		{ name: 'Buyer', value: 'client' },
		{ name: 'Manager', value: 'manager' },
		{ name: 'Pipeline Card', value: 'lead' },
		{ name: 'Telephony Service', value: 'service' },
	],
});
