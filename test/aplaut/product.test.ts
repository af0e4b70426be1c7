import { useAplautSandbox } from '../support/sandboxes';
import { expectRequest, HEADER_STYLES, jsons, runAplaut } from './aplautTest';

describe.each(HEADER_STYLES)('Aplaut products (Authorization: %s)', (style) => {
	const aplaut = useAplautSandbox();
	const seed = () =>
		aplaut.store.add('products', { external_id: 'sku-1', name: 'Boots', price: 100, custom_attributes: { color: 'black', size: '42' } });

	it('creates a product with lists, category path and custom attributes', async () => {
		const { items, error } = await runAplaut(aplaut, style, {
			resource: 'product',
			operation: 'create',
			externalId: 'sku-45',
			name: 'ECCO 69',
			fields: {
				price: 6800,
				available: true,
				picture_urls: 'https://img.example/1.jpg, https://img.example/2.jpg',
				category_names: 'Shoes\nBoots',
				brand_name: 'ECCO',
				custom_attributes: { pairs: [{ key: 'color', value: 'brown' }] },
			},
		});
		expect(error).toBeUndefined();
		const attributes = {
			external_id: 'sku-45',
			name: 'ECCO 69',
			price: 6800,
			available: true,
			picture_urls: ['https://img.example/1.jpg', 'https://img.example/2.jpg'],
			category_names: ['Shoes', 'Boots'],
			brand_name: 'ECCO',
			custom_attributes: { color: 'brown' },
		};
		expectRequest(aplaut.sandbox.journal[0], style, { method: 'POST', path: '/products', body: { data: { type: 'products', attributes } } });
		expect(aplaut.sandbox.journal[0].status).toBe(201);
		expect(items[0].json).toMatchObject({ type: 'products', ...attributes });
	});

	it('a duplicate external ID is a validation error naming the field', async () => {
		seed();
		const { items } = await runAplaut(
			aplaut,
			style,
			{ resource: 'product', operation: 'create', externalId: 'sku-1', name: 'Boots again' },
			{ continueOnFail: true },
		);
		expect(items[0].json).toMatchObject({ error: 'Validation error', httpCode: '422' });
		expect(items[0].json.description).toContain('external_id: is already taken');
		expect(items[0].json.description).toContain('model: Validation of Product failed.');
	});

	it('gets a product by external ID with its reviews summary included', async () => {
		seed();
		const { items } = await runAplaut(aplaut, style, { resource: 'product', operation: 'get', productId: 'sku-1', include: ['reviews_summary_item', 'brand'] });
		expectRequest(aplaut.sandbox.journal[0], style, { method: 'GET', path: '/products/sku-1', query: { include: 'reviews_summary_item,brand' } });
		expect(items[0].json).toMatchObject({ external_id: 'sku-1', name: 'Boots' });
	});

	it('updates a product, merging custom attributes', async () => {
		const product = seed();
		const { items } = await runAplaut(aplaut, style, {
			resource: 'product',
			operation: 'update',
			productId: product.id,
			fields: { price: 90, custom_attributes: { pairs: [{ key: 'size', value: '43' }] } },
		});
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'PUT',
			path: `/products/${product.id}`,
			body: { data: { type: 'products', attributes: { price: 90, custom_attributes: { size: '43' } } } },
		});
		expect(items[0].json).toMatchObject({ price: 90, name: 'Boots', custom_attributes: { color: 'black', size: '43' } });
	});

	it('updating an unknown product is a 404', async () => {
		const { items } = await runAplaut(aplaut, style, { resource: 'product', operation: 'update', productId: 'nope', fields: { price: 1 } }, { continueOnFail: true });
		expect(items[0].json).toMatchObject({ error: 'Record not found', httpCode: '404' });
	});

	it('deletes a product', async () => {
		seed();
		const { items } = await runAplaut(aplaut, style, { resource: 'product', operation: 'delete', productId: 'sku-1' });
		expectRequest(aplaut.sandbox.journal[0], style, { method: 'DELETE', path: '/products/sku-1' });
		expect(jsons(items)).toEqual([{ id: 'sku-1', deleted: true }]);
	});

	it('Return All stops at Aplaut’s page cap (50 pages of 25) instead of asking for a page it refuses', async () => {
		aplaut.store.seed('products', 1_260, (i) => ({ external_id: `sku-${i}`, name: `P${i}` }));
		const { items, error, run } = await runAplaut(aplaut, style, { resource: 'product', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(aplaut.sandbox.journal).toHaveLength(50);
		expect(aplaut.sandbox.journal.every((entry) => entry.status === 200)).toBe(true);
		expectRequest(aplaut.sandbox.journal[49], style, { method: 'GET', path: '/products', query: { page: '50', per_page: '25' } });
		expect(items).toHaveLength(1_250);
		expect(items[1_249].json.external_id).toBe('sku-1249');
		const hints = run.data.resultData.runData.aplaut[0].hints ?? [];
		expect(hints).toEqual([expect.objectContaining({ type: 'warning', message: expect.stringContaining('no page after page 50') })]);
	});

	it('lists products with an "in" filter on external IDs', async () => {
		aplaut.store.seed('products', 6, (i) => ({ external_id: `a22${i}`, name: `P${i}` }));
		const { items } = await runAplaut(aplaut, style, {
			resource: 'product',
			operation: 'getAll',
			returnAll: true,
			filters: { conditions: [{ field: 'external_id', operator: 'in', value: 'a225, a226|a227' }] },
		});
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'GET',
			path: '/products',
			query: { filter: 'external_id:in:a225|a226|a227', page: '1', per_page: '25' },
		});
		expect(jsons(items).map((item) => item.external_id)).toEqual(['a225']);
	});
});
