import { onlyRequest, runKeyCrm } from './catalogHarness';
import { useKeyCrmSandbox } from '../support/sandboxes';

describe('KeyCRM products and categories', () => {
	const keycrm = useKeyCrmSandbox();

	it('creates a product from the form', async () => {
		const { json } = await runKeyCrm(keycrm, {
			resource: 'product',
			operation: 'create',
			name: 'Trail boots',
			additionalFields: {
				sku: 'TRL-1',
				price: 3999.5,
				purchasedPrice: 2100,
				categoryId: 1,
				currencyCode: 'UAH',
				pictures: ['https://cdn.example.com/trl-1.jpg'],
				customFields: { entry: [{ uuid: 'CT_1001', value: 'Leather' }] },
			},
		});
		expect(onlyRequest(keycrm)).toEqual({
			method: 'POST',
			path: '/products',
			query: {},
			body: {
				name: 'Trail boots',
				sku: 'TRL-1',
				price: 3999.5,
				purchased_price: 2100,
				category_id: 1,
				currency_code: 'UAH',
				pictures: ['https://cdn.example.com/trl-1.jpg'],
				custom_fields: [{ uuid: 'CT_1001', value: 'Leather' }],
			},
		});
		expect(json[0]).toMatchObject({ id: 4, name: 'Trail boots', has_offers: false });
	});

	it('refuses more than 6 pictures before sending', async () => {
		const pictures = Array.from({ length: 7 }, (_, index) => `https://cdn.example.com/${index}.jpg`);
		const { json } = await runKeyCrm(keycrm, { resource: 'product', operation: 'create', name: 'Too many', additionalFields: { pictures } }, { continueOnFail: true });
		expect(json[0].error).toBe('Product: KeyCRM takes at most 6 pictures, got 7');
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});

	it('gets a product with custom fields', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'product', operation: 'get', productId: 1, include: ['custom_fields'] });
		expect(onlyRequest(keycrm)).toEqual({ method: 'GET', path: '/products/1', query: { include: 'custom_fields' }, body: undefined });
		expect(json[0]).toMatchObject({ id: 1, name: 'Runner sneakers', custom_fields: [{ uuid: 'CT_1001', value: 'Mesh' }] });
	});

	it('updates only the chosen fields of a product', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'product', operation: 'update', productId: 2, updateFields: { price: 2999, description: 'Spring sale' } });
		expect(onlyRequest(keycrm)).toEqual({ method: 'PUT', path: '/products/2', query: {}, body: { price: 2999, description: 'Spring sale' } });
		expect(json[0]).toMatchObject({ id: 2, name: 'Leather bag', price: 2999 });
	});

	it('refuses an update with nothing to change', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'product', operation: 'update', productId: 2, updateFields: {} }, { continueOnFail: true });
		expect(json[0].error).toBe('Choose at least one field to update');
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});

	it('lists products of a category, not archived', async () => {
		const { json } = await runKeyCrm(keycrm, {
			resource: 'product',
			operation: 'getAll',
			returnAll: true,
			filters: { categoryId: [1, 2], isArchived: false },
		});
		expect(onlyRequest(keycrm)).toMatchObject({
			method: 'GET',
			path: '/products',
			query: { 'filter[category_id]': '1,2', 'filter[is_archived]': 'false', limit: '50', page: '1' },
		});
		expect(json.map((product) => product.id)).toEqual([1]);
	});

	it('imports products in one request', async () => {
		const { json } = await runKeyCrm(keycrm, {
			resource: 'product',
			operation: 'import',
			products: { entry: [{ name: 'Socks', additionalFields: { sku: 'SOX-1', price: 150 } }, { name: 'Laces', additionalFields: {} }] },
		});
		expect(onlyRequest(keycrm)).toEqual({
			method: 'POST',
			path: '/products/import',
			query: {},
			body: { products: [{ name: 'Socks', sku: 'SOX-1', price: 150 }, { name: 'Laces' }] },
		});
		expect(json[0]).toEqual({ status: true });
		expect(keycrm.catalog.data.products.map((product) => product.name)).toEqual(expect.arrayContaining(['Socks', 'Laces']));
	});

	it('adds offers with properties to a product', async () => {
		const { json } = await runKeyCrm(keycrm, {
			resource: 'product',
			operation: 'addOffers',
			productId: 2,
			offers: {
				entry: [{ sku: 'BAG-1-RED', additionalFields: { price: 3200, properties: { entry: [{ name: 'Color', value: 'Red' }] } } }],
			},
		});
		expect(onlyRequest(keycrm)).toEqual({
			method: 'POST',
			path: '/products/2/offers',
			query: {},
			body: { offers: [{ sku: 'BAG-1-RED', price: 3200, properties: [{ name: 'Color', value: 'Red' }] }] },
		});
		expect(json[0]).toEqual({ status: true });
		expect(keycrm.catalog.data.offers.find((offer) => offer.sku === 'BAG-1-RED')).toMatchObject({ product_id: 2, price: 3200 });
	});

	it('creates a subcategory', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'productCategory', operation: 'create', name: 'Boots', parentId: 1 });
		expect(onlyRequest(keycrm)).toEqual({ method: 'POST', path: '/products/categories', query: {}, body: { name: 'Boots', parent_id: 1 } });
		expect(json[0]).toEqual({ id: 4, name: 'Boots', parent_id: 1 });
	});

	it('lists subcategories of a category', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'productCategory', operation: 'getAll', returnAll: true, filters: { parentId: [1] } });
		expect(onlyRequest(keycrm).query).toEqual({ 'filter[parent_id]': '1', limit: '50', page: '1' });
		expect(json).toEqual([{ id: 2, name: 'Sneakers', parent_id: 1 }]);
	});

	it('shows the 422 for an unknown parent category', async () => {
		const { error } = await runKeyCrm(keycrm, { resource: 'productCategory', operation: 'create', name: 'Orphans', parentId: 999 });
		expect(error?.httpCode).toBe('422');
		expect(error?.message).toBe('The selected parent id is invalid.');
	});
});

describe('KeyCRM offers and stocks', () => {
	const keycrm = useKeyCrmSandbox();

	it('lists offers of a product, newest first, with the product', async () => {
		const { json } = await runKeyCrm(keycrm, {
			resource: 'offer',
			operation: 'getAll',
			returnAll: true,
			filters: { productId: ['1'] },
			include: ['product'],
			sort: { order: { field: 'id', direction: 'desc' } },
		});
		expect(onlyRequest(keycrm).query).toEqual({ 'filter[product_id]': '1', include: 'product', sort: '-id', limit: '50', page: '1' });
		expect(json.map((offer) => offer.id)).toEqual([12, 11]);
		expect(json[0]).toMatchObject({ product: { name: 'Runner sneakers' } });
	});

	it('updates several offers by ID or SKU in one request', async () => {
		const { json } = await runKeyCrm(keycrm, {
			resource: 'offer',
			operation: 'updateMany',
			offers: { entry: [{ id: 11, sku: '', changes: { price: 2200 } }, { id: 0, sku: 'BAG-1', changes: { weight: 1.2, imageUrl: 'https://cdn.example.com/bag.jpg' } }] },
		});
		expect(onlyRequest(keycrm)).toEqual({
			method: 'PUT',
			path: '/offers',
			query: {},
			body: { offers: [{ id: 11, price: 2200 }, { sku: 'BAG-1', weight: 1.2, image_url: 'https://cdn.example.com/bag.jpg' }] },
		});
		expect(json[0]).toEqual({ status: true });
		expect(keycrm.catalog.data.offers.find((offer) => offer.id === 11)?.price).toBe(2200);
	});

	it('refuses an offer with neither ID nor SKU', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'offer', operation: 'updateMany', offers: { entry: [{ id: 0, sku: ' ', changes: { price: 1 } }] } }, { continueOnFail: true });
		expect(json[0].error).toBe('Offer 1: give the Offer ID or the SKU');
		expect(keycrm.sandbox.journal).toHaveLength(0);
	});

	it('lists stocks per warehouse', async () => {
		const { json } = await runKeyCrm(keycrm, { resource: 'stock', operation: 'getAll', returnAll: true, filters: { offersSku: ['RUN-1-42'], details: true } });
		expect(onlyRequest(keycrm).query).toEqual({ 'filter[offers_sku]': 'RUN-1-42', 'filter[details]': 'true', limit: '50', page: '1' });
		expect(json).toEqual([
			expect.objectContaining({ id: 11, quantity: 5, reserve: 1, warehouse: [{ id: 1, name: 'Main', quantity: 4, reserve: 1 }, { id: 2, name: 'Shop floor', quantity: 1, reserve: 0 }] }),
		]);
	});

	it('sets stock of offers in a warehouse', async () => {
		const { json } = await runKeyCrm(keycrm, {
			resource: 'stock',
			operation: 'update',
			warehouseId: 2,
			stocks: { entry: [{ id: 12, sku: '', quantity: 6 }, { id: 0, sku: 'BAG-1', quantity: 0 }] },
		});
		expect(onlyRequest(keycrm)).toEqual({
			method: 'PUT',
			path: '/offers/stocks',
			query: {},
			body: { warehouse_id: 2, stocks: [{ id: 12, quantity: 6 }, { sku: 'BAG-1', quantity: 0 }] },
		});
		expect(json[0]).toEqual({ status: true });
		expect(keycrm.catalog.data.stock[12][2]).toEqual({ quantity: 6, reserve: 0 });
	});

	it('shows the 422 for an unknown warehouse', async () => {
		const { error } = await runKeyCrm(keycrm, { resource: 'stock', operation: 'update', warehouseId: 9, stocks: { entry: [{ id: 11, quantity: 1 }] } });
		expect(error?.httpCode).toBe('422');
		expect(error?.description).toContain('warehouse_id: The selected warehouse id is invalid.');
	});
});
