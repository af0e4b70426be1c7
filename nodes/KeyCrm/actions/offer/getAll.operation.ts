import { listOperation } from '../common/listOperation';

export const getManyOffers = listOperation({
	path: '/offers',
	filters: [
		{ kind: 'list', key: 'id', displayName: 'Offer IDs', description: 'Only these offers' },
		{ kind: 'list', key: 'product_id', displayName: 'Product IDs', description: 'Only offers of these products' },
		{ kind: 'list', key: 'sku', displayName: 'SKUs', description: 'Only offers with these SKUs' },
		{ kind: 'boolean', key: 'is_archived', displayName: 'Archived', description: 'Whether to return only archived offers (on) or only active ones (off)' },
	],
	include: [{ name: 'Product', value: 'product' }],
	sort: [{ name: 'ID', value: 'id' }],
});
