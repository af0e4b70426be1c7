import { useAplautSandbox } from '../support/sandboxes';
import { expectRequest, HEADER_STYLES, jsons, runAplaut } from './aplautTest';

const PHOTO = 'https://cdn.example/photos/1.jpg';
const BROKEN = 'https://cdn.example/page.html';

describe.each(HEADER_STYLES)('Aplaut reviews (Authorization: %s)', (style) => {
	const aplaut = useAplautSandbox();
	const seed = () =>
		aplaut.store.add('reviews', { external_id: 'rev-1', rating: 4, body: 'Good', state: 'published', custom_attributes: { region: '66' } });

	it('creates a product review with photos, tags and author', async () => {
		const { items, error } = await runAplaut(aplaut, style, {
			resource: 'review',
			operation: 'create',
			rating: 5,
			body: 'Great boots',
			fields: { product_id: '45', photos: PHOTO, tags: 'Featured, Winter', author_name: 'Varvara', order_number: '31337', recommended: true },
		});
		expect(error).toBeUndefined();
		const attributes = {
			rating: 5,
			body: 'Great boots',
			product_id: '45',
			photos: [PHOTO],
			tags: ['Featured', 'Winter'],
			author_name: 'Varvara',
			order_number: '31337',
			recommended: true,
		};
		expectRequest(aplaut.sandbox.journal[0], style, { method: 'POST', path: '/reviews', body: { data: { type: 'reviews', attributes } } });
		expect(items[0].json).toMatchObject({ type: 'reviews', ...attributes, context_type: 'product', state: 'waiting' });
	});

	it('sends dates as RFC 3339 in the workflow timezone, and refuses a value that is not a date', async () => {
		await runAplaut(aplaut, style, {
			resource: 'review',
			operation: 'create',
			rating: 4,
			body: 'Imported',
			fields: { created_at: '2024-05-01T10:00:00+02:00', published_at: '2024-05-02T08:30:00Z' },
		});
		expect(JSON.parse(aplaut.sandbox.journal[0].rawBody).data.attributes).toMatchObject({
			created_at: '2024-05-01T10:00:00+02:00',
			published_at: '2024-05-02T08:30:00Z',
		});
		const { items } = await runAplaut(
			aplaut,
			style,
			{ resource: 'review', operation: 'create', rating: 4, body: 'x', fields: { published_at: '={{ "soon" }}' } },
			{ continueOnFail: true },
		);
		expect(items[0].json.error).toBe('published_at is not a date: "soon"');
		expect(aplaut.sandbox.journal).toHaveLength(1);
	});

	it('an invalid photo fails the review with the photo named', async () => {
		const { items } = await runAplaut(
			aplaut,
			style,
			{ resource: 'review', operation: 'create', rating: 5, body: 'x', fields: { photos: `${PHOTO}\n${BROKEN}` } },
			{ continueOnFail: true },
		);
		expect(items[0].json).toMatchObject({ error: 'Validation error', httpCode: '422' });
		expect(items[0].json.description).toContain(`photos: ${BROKEN} is invalid`);
	});

	it('"Ignore Invalid Photos" sends meta.ignore_invalid_photos and the review keeps the good photo', async () => {
		const { items } = await runAplaut(aplaut, style, {
			resource: 'review',
			operation: 'create',
			rating: 3,
			body: 'ok',
			fields: { photos: `${PHOTO}, ${BROKEN}` },
			ignoreInvalidPhotos: true,
		});
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'POST',
			path: '/reviews',
			body: { data: { type: 'reviews', attributes: { rating: 3, body: 'ok', photos: [PHOTO, BROKEN] }, meta: { ignore_invalid_photos: true } } },
		});
		expect(items[0].json.photos).toEqual([PHOTO]);
	});

	it('create or update: PUT by external ID updates (custom attributes merged) or creates', async () => {
		seed();
		const updated = await runAplaut(aplaut, style, {
			resource: 'review',
			operation: 'createOrUpdate',
			reviewId: 'rev-1',
			fields: { state: 'banned', custom_attributes: { pairs: [{ key: 'source', value: 'shop' }] } },
		});
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'PUT',
			path: '/reviews/rev-1',
			body: { data: { type: 'reviews', attributes: { state: 'banned', custom_attributes: { source: 'shop' } } } },
		});
		expect(aplaut.sandbox.journal[0].status).toBe(200);
		expect(updated.items[0].json).toMatchObject({ state: 'banned', body: 'Good', custom_attributes: { region: '66', source: 'shop' } });

		const created = await runAplaut(aplaut, style, {
			resource: 'review',
			operation: 'createOrUpdate',
			reviewId: 'rev-2',
			fields: { rating: 2, body: 'Meh' },
		});
		expect(aplaut.sandbox.journal[1].status).toBe(201);
		expect(created.items[0].json).toMatchObject({ external_id: 'rev-2', rating: 2 });
	});

	it('gets a review with its product included', async () => {
		aplaut.store.add('products', { external_id: '45', name: 'Boots' });
		const review = aplaut.store.add('reviews', { rating: 5, body: 'Nice', product_id: '45' });
		const { items } = await runAplaut(aplaut, style, { resource: 'review', operation: 'get', reviewId: review.id, include: ['product'] });
		expectRequest(aplaut.sandbox.journal[0], style, { method: 'GET', path: `/reviews/${review.id}`, query: { include: 'product' } });
		expect(items[0].json).toMatchObject({ id: review.id, included: { product: { type: 'products', name: 'Boots' } } });
	});

	it('deletes a review', async () => {
		seed();
		const { items } = await runAplaut(aplaut, style, { resource: 'review', operation: 'delete', reviewId: 'rev-1' });
		expectRequest(aplaut.sandbox.journal[0], style, { method: 'DELETE', path: '/reviews/rev-1' });
		expect(jsons(items)).toEqual([{ id: 'rev-1', deleted: true }]);
	});

	it('lists published reviews rated 4 and up, best first', async () => {
		aplaut.store.seed('reviews', 10, (i) => ({ rating: (i % 5) + 1, body: `R${i}`, state: i < 8 ? 'published' : 'waiting' }));
		const { items } = await runAplaut(aplaut, style, {
			resource: 'review',
			operation: 'getAll',
			returnAll: true,
			filters: {
				conditions: [
					{ field: 'rating', operator: 'gte', value: '4' },
					{ field: 'state', operator: 'eq', value: 'published' },
				],
			},
			sort: { rules: [{ field: 'rating', direction: 'desc' }, { field: 'created_at', direction: 'asc' }] },
		});
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'GET',
			path: '/reviews',
			query: { filter: 'rating:gte:4,state:eq:published', sort: 'rating:desc,created_at:asc', page: '1', per_page: '25' },
		});
		expect(jsons(items).map((item) => item.body)).toEqual(['R4', 'R3']);
	});
});
