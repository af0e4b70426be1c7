import { listOperation } from '../common/listOperation';
import { buyerIncludes } from '../common/includes';

export const getManyBuyers = listOperation({
	path: '/buyer',
	filters: [
		{ kind: 'list', key: 'buyer_id', displayName: 'Buyer IDs', description: 'Only these buyers' },
		{ kind: 'list', key: 'buyer_email', displayName: 'Emails', description: 'Only buyers with one of these emails' },
		{ kind: 'list', key: 'buyer_phone', displayName: 'Phones', description: 'Only buyers with one of these phones' },
		{ kind: 'dateRange', key: 'created_between', displayName: 'Created Between', description: 'Only buyers created in this period' },
		{ kind: 'dateRange', key: 'updated_between', displayName: 'Updated Between', description: 'Only buyers changed in this period' },
	],
	include: buyerIncludes,
});
