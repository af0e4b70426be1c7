import { listOperation } from '../common/listOperation';

export const getManyTransactions = listOperation({
	path: '/payments/external-transactions',
	filters: [
		{ kind: 'list', key: 'id', displayName: 'Transaction IDs', description: 'Only these transactions (KeyCRM IDs)' },
		{ kind: 'list', key: 'transaction_uuid', displayName: 'External IDs', description: 'Only transactions with these IDs of the payment service' },
		{ kind: 'list', key: 'gateway_id', displayName: 'Payment Service IDs', description: 'Only transactions of these payment services' },
		{ kind: 'boolean', key: 'is_attached', displayName: 'Attached', description: 'Whether to return only transactions already attached to a payment (on) or only free ones (off)' },
		{ kind: 'dateRange', key: 'created_between', displayName: 'Created Between', description: 'Only transactions created in this period' },
	],
});
