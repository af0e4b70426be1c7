import { listOperation } from '../common/listOperation';

export const getManyStocks = listOperation({
	path: '/offers/stocks',
	filters: [
		{ kind: 'list', key: 'offers_id', displayName: 'Offer IDs', description: 'Only stocks of these offers' },
		{ kind: 'list', key: 'offers_sku', displayName: 'SKUs', description: 'Only stocks of offers with these SKUs' },
		{ kind: 'boolean', key: 'details', displayName: 'Per Warehouse', description: 'Whether to return the stock of each warehouse separately' },
	],
});
