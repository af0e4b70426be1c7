import { useAplautSandbox } from '../support/sandboxes';
import { expectRequest, HEADER_STYLES, jsons, runAplaut } from './aplautTest';

describe.each(HEADER_STYLES)('Aplaut review comments (Authorization: %s)', (style) => {
	const aplaut = useAplautSandbox();

	it('adds a comment to a review', async () => {
		const review = aplaut.store.add('reviews', { external_id: 'rev-1', rating: 2, body: 'Late delivery' });
		const { items } = await runAplaut(aplaut, style, {
			resource: 'reviewComment',
			operation: 'create',
			reviewId: 'rev-1',
			text: 'Sorry, we have sent a voucher',
			fields: { author_name: 'Shop', state: 'published' },
		});
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'POST',
			path: '/reviews/rev-1/relationships/comments',
			body: { data: { type: 'comments', attributes: { text: 'Sorry, we have sent a voucher', author_name: 'Shop', state: 'published' } } },
		});
		expect(items[0].json).toMatchObject({ type: 'comments', text: 'Sorry, we have sent a voucher' });
		expect(aplaut.store.all('comments')[0].review_id).toBe(review.id);
	});

	it('commenting on a missing review is a 404', async () => {
		const { items } = await runAplaut(aplaut, style, { resource: 'reviewComment', operation: 'create', reviewId: 'nope', text: 'x' }, { continueOnFail: true });
		expect(items[0].json).toMatchObject({ error: 'Record not found', httpCode: '404' });
	});

	it('lists all comments of a review over several pages', async () => {
		const review = aplaut.store.add('reviews', { rating: 5, body: 'x' });
		const other = aplaut.store.add('reviews', { rating: 5, body: 'y' });
		aplaut.store.seed('comments', 30, (i) => ({ text: `C${i}`, review_id: review.id }));
		aplaut.store.seed('comments', 2, (i) => ({ text: `Other ${i}`, review_id: other.id }));
		const { items } = await runAplaut(aplaut, style, { resource: 'reviewComment', operation: 'getAll', reviewId: review.id, returnAll: true, include: ['author'] });
		expect(aplaut.sandbox.journal).toHaveLength(2);
		expectRequest(aplaut.sandbox.journal[1], style, {
			method: 'GET',
			path: `/reviews/${review.id}/relationships/comments`,
			query: { include: 'author', page: '2', per_page: '25' },
		});
		expect(jsons(items).map((item) => item.text)).toEqual(Array.from({ length: 30 }, (_, i) => `C${i}`));
	});
});
