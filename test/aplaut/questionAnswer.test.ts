import { useAplautSandbox } from '../support/sandboxes';
import { expectRequest, HEADER_STYLES, jsons, runAplaut } from './aplautTest';

describe.each(HEADER_STYLES)('Aplaut question answers (Authorization: %s)', (style) => {
	const aplaut = useAplautSandbox();

	it('answers a question', async () => {
		const question = aplaut.store.add('questions', { external_id: 'q-1', text: 'Waterproof?' });
		const { items } = await runAplaut(aplaut, style, {
			resource: 'questionAnswer',
			operation: 'create',
			questionId: 'q-1',
			text: 'Yes, fully',
			fields: { author_name: 'Shop', hide_my_data: false },
		});
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'POST',
			path: '/questions/q-1/relationships/answers',
			body: { data: { type: 'answers', attributes: { text: 'Yes, fully', author_name: 'Shop', hide_my_data: false } } },
		});
		expect(items[0].json).toMatchObject({ type: 'answers', text: 'Yes, fully' });
		expect(aplaut.store.all('answers')[0].question_id).toBe(question.id);
	});

	it('updates an answer named by its ID in the document', async () => {
		const question = aplaut.store.add('questions', { text: 'Waterproof?' });
		const answer = aplaut.store.add('answers', { text: 'Yes', question_id: question.id, state: 'waiting' });
		const { items } = await runAplaut(aplaut, style, {
			resource: 'questionAnswer',
			operation: 'update',
			questionId: question.id,
			answerId: answer.id,
			fields: { text: 'Yes, up to 2 m', state: 'published' },
		});
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'PUT',
			path: `/questions/${question.id}/relationships/answers`,
			body: { data: { type: 'answers', id: answer.id, attributes: { text: 'Yes, up to 2 m', state: 'published' } } },
		});
		expect(items[0].json).toMatchObject({ id: answer.id, text: 'Yes, up to 2 m', state: 'published' });
	});

	it('updating an answer of another question is a 404', async () => {
		const question = aplaut.store.add('questions', { text: 'A?' });
		const other = aplaut.store.add('questions', { text: 'B?' });
		const answer = aplaut.store.add('answers', { text: 'Yes', question_id: other.id });
		const { items } = await runAplaut(
			aplaut,
			style,
			{ resource: 'questionAnswer', operation: 'update', questionId: question.id, answerId: answer.id, fields: { text: 'No' } },
			{ continueOnFail: true },
		);
		expect(items[0].json).toMatchObject({ error: 'Record not found', httpCode: '404' });
	});

	it('lists the answers to a question', async () => {
		const question = aplaut.store.add('questions', { text: 'Waterproof?' });
		aplaut.store.seed('answers', 3, (i) => ({ text: `A${i}`, question_id: question.id }));
		const { items } = await runAplaut(aplaut, style, { resource: 'questionAnswer', operation: 'getAll', questionId: question.id, limit: 2 });
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'GET',
			path: `/questions/${question.id}/relationships/answers`,
			query: { page: '1', per_page: '2' },
		});
		expect(jsons(items).map((item) => item.text)).toEqual(['A0', 'A1']);
	});
});
