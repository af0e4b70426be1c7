import { useAplautSandbox } from '../support/sandboxes';
import { expectRequest, HEADER_STYLES, jsons, runAplaut } from './aplautTest';

const DAY = 86_400_000;

describe.each(HEADER_STYLES)('Aplaut scroll (Authorization: %s)', (style) => {
	const aplaut = useAplautSandbox();

	it('Return All over 230 reviews with one repeated record and one 503 gives exactly 230 unique items', async () => {
		aplaut.store.seed('reviews', 230, (i) => ({ rating: (i % 5) + 1, body: `Review ${i}` }));
		Object.assign(aplaut.behaviour.scroll, { repeatOnPages: [2], unavailableOnPage: 2, retryAfterSeconds: 2 });

		const { items, error } = await runAplaut(aplaut, style, { resource: 'scroll', operation: 'getAll', recordsType: 'reviews', returnAll: true });
		expect(error).toBeUndefined();

		const journal = aplaut.sandbox.journal;
		expect(journal.map((entry) => entry.status)).toEqual([200, 503, 200, 200]);
		expectRequest(journal[0], style, { method: 'GET', path: '/scroll/reviews', query: { sort: 'updated_at:asc', per_page: '100' } });
		const cursor = journal[1].query.cursor as string;
		expect(cursor).toEqual(expect.any(String));
		// the 503 is retried with the very same cursor, and nothing else
		expectRequest(journal[1], style, { method: 'GET', path: '/scroll/reviews', query: { cursor } });
		expectRequest(journal[2], style, { method: 'GET', path: '/scroll/reviews', query: { cursor } });
		expect(journal[3].query.cursor).not.toBe(cursor);
		// Retry-After (2 s) and the 1-request-per-2-seconds scroll limit were honoured: no 429
		expect(journal[2].at - journal[1].at).toBeGreaterThanOrEqual(1_900);
		expect(journal[3].at - journal[2].at).toBeGreaterThanOrEqual(1_900);

		// the sandbox sent one record twice; the node dropped the repeat
		expect(aplaut.scrollStats.recordsSent).toBe(231);
		const ids = items.map((item) => item.json.id);
		expect(ids).toHaveLength(230);
		expect(new Set(ids).size).toBe(230);
		expect(ids).toEqual(aplaut.store.all('reviews').map((row) => row.id));
		expect(items[0].json).toMatchObject({ type: 'reviews', rating: 1, body: 'Review 0' });
	}, 30_000);

	it('opens with no filter by default, so Aplaut applies its 30-day window', async () => {
		aplaut.store.seed('products', 3, (i) => ({ name: `Old ${i}`, external_id: `old-${i}`, updated_at: new Date(Date.now() - 40 * DAY).toISOString() }));
		aplaut.store.seed('products', 2, (i) => ({ name: `New ${i}`, external_id: `new-${i}` }));
		const { items } = await runAplaut(aplaut, style, { resource: 'scroll', operation: 'getAll', recordsType: 'products', returnAll: true });
		expectRequest(aplaut.sandbox.journal[0], style, { method: 'GET', path: '/scroll/products', query: { sort: 'updated_at:asc', per_page: '100' } });
		expect(jsons(items).map((item) => item.name)).toEqual(['New 0', 'New 1']);
	});

	it('"All Time" sends an explicit updated_at bound and returns older records too', async () => {
		aplaut.store.seed('products', 3, (i) => ({ name: `Old ${i}`, external_id: `old-${i}`, updated_at: new Date(Date.now() - 40 * DAY).toISOString() }));
		aplaut.store.seed('products', 2, (i) => ({ name: `New ${i}`, external_id: `new-${i}` }));
		const { items } = await runAplaut(aplaut, style, {
			resource: 'scroll',
			operation: 'getAll',
			recordsType: 'products',
			returnAll: true,
			allTime: true,
			scrollSort: 'created_at:asc',
			include: ['reviews_summary_item'],
		});
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'GET',
			path: '/scroll/products',
			query: { filter: 'updated_at:gte:2000-01-01T00:00:00Z', sort: 'created_at:asc', per_page: '100', include: 'reviews_summary_item' },
		});
		expect(items).toHaveLength(5);
	});

	it('a limit sets the page size and stops early; filters are sent once, at opening', async () => {
		aplaut.store.seed('questions', 8, (i) => ({ text: `Q${i}`, state: i % 2 ? 'published' : 'waiting' }));
		const { items } = await runAplaut(aplaut, style, {
			resource: 'scroll',
			operation: 'getAll',
			recordsType: 'questions',
			returnAll: false,
			limit: 3,
			filters: { conditions: [{ field: 'state', operator: 'eq', value: 'published' }] },
		});
		expect(aplaut.sandbox.journal).toHaveLength(1);
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'GET',
			path: '/scroll/questions',
			query: { filter: 'state:eq:published', sort: 'updated_at:asc', per_page: '3' },
		});
		expect(jsons(items).map((item) => item.text)).toEqual(['Q1', 'Q3', 'Q5']);
	});

	it('raw output keeps each page document with its meta', async () => {
		aplaut.store.seed('reviews', 2, (i) => ({ rating: 5, body: `R${i}` }));
		const { items } = await runAplaut(aplaut, style, { resource: 'scroll', operation: 'getAll', recordsType: 'reviews', returnAll: true, simplify: false });
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ meta: { has_more: false, count: 2, total_count: 2, applied_filter: expect.stringMatching(/^updated_at:gte:/) } });
	});
});

describe('Aplaut scroll errors', () => {
	const aplaut = useAplautSandbox();

	it('an expired cursor fails the item with Aplaut’s message', async () => {
		aplaut.store.seed('reviews', 3, (i) => ({ rating: 4, body: `R${i}` }));
		aplaut.behaviour.scroll.forgetAfterPages = 1;
		const { items } = await runAplaut(
			aplaut,
			'bearer',
			{ resource: 'scroll', operation: 'getAll', recordsType: 'reviews', returnAll: true, perPage: 2 },
			{ continueOnFail: true },
		);
		expect(items[0].json).toMatchObject({ error: 'Invalid cursor: cursor has expired', httpCode: '400' });
	}, 15_000);

	it('more than 25 values in an "in" condition are refused before sending', async () => {
		const value = Array.from({ length: 26 }, (_, i) => `p${i}`).join('|');
		const { items } = await runAplaut(
			aplaut,
			'token',
			{ resource: 'scroll', operation: 'getAll', recordsType: 'reviews', filters: { conditions: [{ field: 'product_id', operator: 'in', value }] } },
			{ continueOnFail: true },
		);
		expect(items[0].json.error).toMatch(/at most 25/);
		expect(aplaut.sandbox.journal).toHaveLength(0);
	});

	it('an unknown filter parameter is a 422 "Invalid query params"', async () => {
		const { items } = await runAplaut(
			aplaut,
			'token',
			{ resource: 'scroll', operation: 'getAll', recordsType: 'products', filters: { conditions: [{ field: 'state', operator: 'eq', value: 'x' }] } },
			{ continueOnFail: true },
		);
		expect(items[0].json).toMatchObject({ error: 'Invalid query params', httpCode: '422' });
		expect(items[0].json.description).toContain('filter[state]');
	});
});

describe('Aplaut sandbox controls (for end-to-end tests)', () => {
	const aplaut = useAplautSandbox();

	it('seeds records and steers the scroll over HTTP', async () => {
		const root = aplaut.sandbox.baseUrl.replace(/\/v4$/, '');
		const post = async (name: string, body: unknown) =>
			(await (await fetch(`${root}/__sandbox/${name}`, { method: 'POST', body: JSON.stringify(body) })).json()) as Record<string, unknown>;
		const seeded = await post('seed', { type: 'reviews', count: 3, attributes: { rating: 5, body: 'x' } });
		expect(seeded.ids).toHaveLength(3);
		await post('scroll', { unavailableOnPage: 1, retryAfterSeconds: 2 });
		const { items } = await runAplaut(aplaut, 'token', { resource: 'scroll', operation: 'getAll', recordsType: 'reviews', returnAll: true });
		expect(items).toHaveLength(3);
		expect(aplaut.sandbox.journal.map((entry) => entry.status)).toEqual([503, 200]);
	});
});

describe('Aplaut scroll limit across items', () => {
	const aplaut = useAplautSandbox();

	it('two items scrolling in parallel are still one scroll request per 2 seconds for the key', async () => {
		aplaut.store.seed('reviews', 3, (i) => ({ rating: 5, body: `Review ${i}` }));
		const { items, error } = await runAplaut(
			aplaut,
			'token',
			{ resource: 'scroll', operation: 'getAll', recordsType: 'reviews', returnAll: true },
			{ items: [{}, {}], requestOptions: { parallelRequests: 2 } },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(6);
		const scrolls = aplaut.sandbox.requests('GET', '/scroll/reviews');
		expect(scrolls.map((entry) => entry.status)).toEqual([200, 200]);
		expect(scrolls[1].at - scrolls[0].at).toBeGreaterThanOrEqual(1_900);
	}, 30_000);
});
