import { useAplautSandbox } from '../support/sandboxes';
import { expectRequest, HEADER_STYLES, jsons, runAplaut } from './aplautTest';

describe.each(HEADER_STYLES)('Aplaut questions (Authorization: %s)', (style) => {
	const aplaut = useAplautSandbox();
	const seed = () => aplaut.store.add('questions', { external_id: 'q-1', text: 'Is it waterproof?', state: 'waiting', product_id: '45' });

	it('creates a question about a product', async () => {
		const { items } = await runAplaut(aplaut, style, {
			resource: 'question',
			operation: 'create',
			text: 'Does it run small?',
			fields: { product_id: '45', author_email: 'q@example.com', tags: 'size' },
		});
		const attributes = { text: 'Does it run small?', product_id: '45', author_email: 'q@example.com', tags: ['size'] };
		expectRequest(aplaut.sandbox.journal[0], style, { method: 'POST', path: '/questions', body: { data: { type: 'questions', attributes } } });
		expect(items[0].json).toMatchObject({ ...attributes, context_type: 'product', state: 'waiting' });
	});

	it('gets a question with its answers included', async () => {
		const question = seed();
		aplaut.store.add('answers', { text: 'Yes', question_id: question.id });
		const { items } = await runAplaut(aplaut, style, { resource: 'question', operation: 'get', questionId: 'q-1', include: ['answers'] });
		expectRequest(aplaut.sandbox.journal[0], style, { method: 'GET', path: '/questions/q-1', query: { include: 'answers' } });
		expect(items[0].json).toMatchObject({ id: question.id, text: 'Is it waterproof?' });
	});

	it('updates a question (publishes it)', async () => {
		seed();
		const { items } = await runAplaut(aplaut, style, { resource: 'question', operation: 'update', questionId: 'q-1', fields: { state: 'published' } });
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'PUT',
			path: '/questions/q-1',
			body: { data: { type: 'questions', attributes: { state: 'published' } } },
		});
		expect(items[0].json).toMatchObject({ state: 'published', text: 'Is it waterproof?' });
	});

	it('an invalid moderation state is refused by Aplaut', async () => {
		seed();
		const { items } = await runAplaut(
			aplaut,
			style,
			{ resource: 'question', operation: 'update', questionId: 'q-1', fields: { state: 'held' } },
			{ continueOnFail: true },
		);
		expect(items[0].json).toMatchObject({ error: 'Validation error', httpCode: '422' });
		expect(items[0].json.description).toContain('state: is not included in the list');
	});

	it('deletes a question', async () => {
		seed();
		const { items } = await runAplaut(aplaut, style, { resource: 'question', operation: 'delete', questionId: 'q-1' });
		expectRequest(aplaut.sandbox.journal[0], style, { method: 'DELETE', path: '/questions/q-1' });
		expect(jsons(items)).toEqual([{ id: 'q-1', deleted: true }]);
	});

	it('lists questions about one product', async () => {
		aplaut.store.seed('questions', 4, (i) => ({ text: `Q${i}`, product_id: i < 2 ? '45' : '46' }));
		const { items } = await runAplaut(aplaut, style, {
			resource: 'question',
			operation: 'getAll',
			returnAll: true,
			filters: { conditions: [{ field: 'product_id', operator: 'eq', value: '45' }] },
		});
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'GET',
			path: '/questions',
			query: { filter: 'product_id:eq:45', page: '1', per_page: '25' },
		});
		expect(jsons(items).map((item) => item.text)).toEqual(['Q0', 'Q1']);
	});
});
