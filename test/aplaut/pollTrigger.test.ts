import type { IDataObject } from 'n8n-workflow';

import { PollHarness } from '../../harness/engine/pollHarness';
import { useAplautSandbox } from '../support/sandboxes';
import { aplautCredentials } from '../../sandboxes/credentials';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';

const aplaut = useAplautSandbox();

let workflows = 0;

/** A poll trigger of its own per test (own workflow id: the in-process poll gate is per node). */
function trigger(event: string, extra: IDataObject = {}) {
	return new PollHarness({
		type: 'aplautPollTrigger',
		parameters: { event, requestOptions: { rateLimitRequests: 0, maxRetries: 1, maxRetryWait: 2 }, ...extra },
		credentials: aplautCredentials(aplaut.sandbox),
		workflowId: `aplaut-poll-${++workflows}`,
	});
}

const at = (second: number, ms = 0) => new Date(Date.UTC(2026, 10, 20, 10, 0, second, ms)).toISOString();

function seedReviews(count: number, attributes: (index: number) => IDataObject = () => ({})) {
	return aplaut.store.seed('reviews', count, (index) => ({ rating: 5, body: `Review ${index}`, state: 'waiting', ...attributes(index) }));
}

const listRequests = (path: string) => aplaut.sandbox.requests('GET', path);

describe('Aplaut Poll Trigger: new reviews (sort=created_at:asc, filter=id:gt)', () => {
	it('notes where Aplaut stands on the first poll and then delivers each new review once, across pages', async () => {
		const old = seedReviews(3);
		const poll = trigger('newReview');
		const first = await poll.poll();
		expect(first.error).toBeUndefined();
		expect(first.items).toBeNull();
		expect(first.nodeStaticData.aplaut).toEqual({ event: 'newReview', lastId: old[2].id });

		const fresh = seedReviews(30, (index) => ({ body: `New ${index}` }));
		aplaut.sandbox.journal.length = 0;
		const second = await poll.poll();
		expect(second.error).toBeUndefined();
		expect(PollHarness.jsons(second).map((item) => item.id)).toEqual(fresh.map((row) => row.id));
		expect(PollHarness.jsons(second)[0]).toMatchObject({ id: fresh[0].id, type: 'reviews', body: 'New 0', rating: 5 });
		// Aplaut's recipe with the id floor kept for the whole walk, which moves on by created_at.
		const queries = listRequests('/reviews').map((entry) => entry.query);
		expect(queries[0]).toEqual({ sort: 'created_at:asc', filter: `id:gt:${old[2].id}`, page: '1', per_page: '25' });
		expect(queries[1]).toEqual({ sort: 'created_at:asc', filter: `id:gt:${old[2].id},created_at:gte:${fresh[24].created_at as string}`, page: '1', per_page: '25' });

		const third = await poll.poll();
		expect(third.items).toBeNull();
		expect(third.nodeStaticData.aplaut).toEqual({ event: 'newReview', lastId: fresh[29].id });
	});

	it('delivers only the chosen ratings, and moves past the others', async () => {
		const poll = trigger('newReview', { filters: { ratings: [1, 2] } });
		await poll.poll();
		const rows = seedReviews(5, (index) => ({ rating: index + 1 }));
		const outcome = await poll.poll();
		expect(PollHarness.jsons(outcome).map((item) => item.rating)).toEqual([1, 2]);
		expect(outcome.nodeStaticData.aplaut).toEqual({ event: 'newReview', lastId: rows[4].id });
		expect((await poll.poll()).items).toBeNull();
	});

	it('starts from the first review when there was none at activation', async () => {
		const poll = trigger('newReview');
		expect((await poll.poll()).nodeStaticData.aplaut).toEqual({ event: 'newReview' });
		const rows = seedReviews(2);
		expect(PollHarness.jsons(await poll.poll()).map((item) => item.id)).toEqual(rows.map((row) => row.id));
		expect(listRequests('/reviews').at(-1)!.query).toEqual({ sort: 'created_at:asc', page: '1', per_page: '25' });
	});

	it('Fetch Test Event returns the newest review and leaves the watermark alone', async () => {
		const rows = seedReviews(3);
		const poll = trigger('newReview');
		const manual = await poll.poll('manual');
		expect(PollHarness.jsons(manual).map((item) => item.id)).toEqual([rows[2].id]);
		expect(manual.nodeStaticData).toEqual({});
	});

	it('a poll failing on its second page (HTTP 400) keeps the watermark; the next one delivers everything', async () => {
		const poll = trigger('newReview');
		await poll.poll();
		const before = poll.nodeStaticData();
		const rows = seedReviews(27);
		// A final answer (a 500 on a read would be sent again and pass).
		aplaut.sandbox.injectFault({ path: '^/reviews$', skip: 1, fault: { kind: 'status', status: 400, body: { errors: { status: 400, title: 'Bad request', details: { message: 'Cursor is broken' } } } } });
		const failed = await poll.poll();
		expect(failed.error?.message).toMatch(/Bad request|Cursor is broken|Aplaut answered HTTP 400/);
		expect(failed.items).toBeNull();
		expect(poll.nodeStaticData()).toEqual(before);
		const next = await poll.poll();
		expect(PollHarness.jsons(next).map((item) => item.id)).toEqual(rows.map((row) => row.id));
	});

	it('429 beyond the retries fails the poll without moving the watermark; nothing is lost', async () => {
		const poll = trigger('newReview');
		await poll.poll();
		const before = poll.nodeStaticData();
		const rows = seedReviews(2);
		aplaut.sandbox.injectFault({ path: '^/reviews$', times: 3, fault: { kind: 'status', status: 429, body: 'Throttled\n', headers: { 'Retry-After': '1' } } });
		const failed = await poll.poll();
		expect(failed.error?.message).toBe('Throttled');
		expect(poll.nodeStaticData()).toEqual(before);
		expect(PollHarness.jsons(await poll.poll()).map((item) => item.id)).toEqual(rows.map((row) => row.id));
	});

	it('two polls of one node at the same time deliver the new reviews once', async () => {
		const poll = trigger('newReview');
		await poll.poll();
		const rows = seedReviews(4);
		const outcomes = await Promise.all([poll.poll(), poll.poll(), poll.poll()]);
		const delivered = outcomes.flatMap((outcome) => PollHarness.jsons(outcome).map((item) => item.id));
		expect(delivered).toEqual(rows.map((row) => row.id));
		expect((await poll.poll()).items).toBeNull();
	});
});

describe('Aplaut Poll Trigger: changed reviews (sort=updated_at:asc, filter=updated_at:gte)', () => {
	it('delivers changes once, across pages of one equal time stamp, and a later change at the boundary time too', async () => {
		seedReviews(3, () => ({ created_at: at(0), updated_at: at(1) }));
		const poll = trigger('reviewUpdated');
		const first = await poll.poll();
		expect(first.items).toBeNull();
		expect((first.nodeStaticData.aplaut as IDataObject).since).toMatchObject({ sinceMs: Date.parse(at(1)) });

		// 27 reviews changed within the same millisecond: more than one page of 25 at one time.
		const changed = seedReviews(27, () => ({ created_at: at(2), updated_at: at(5, 250), state: 'published' }));
		aplaut.sandbox.journal.length = 0;
		const second = await poll.poll();
		expect(second.error).toBeUndefined();
		expect(PollHarness.jsons(second).map((item) => item.id)).toEqual(changed.map((row) => row.id));
		expect(listRequests('/reviews').map((entry) => entry.query)).toEqual([
			{ sort: 'updated_at:asc', filter: `updated_at:gte:${at(1)}`, page: '1', per_page: '25' },
			{ sort: 'updated_at:asc', filter: `updated_at:gte:${at(5, 250)}`, page: '1', per_page: '25' },
			{ sort: 'updated_at:asc', filter: `updated_at:gte:${at(5, 250)}`, page: '2', per_page: '25' },
		]);
		expect((await poll.poll()).items).toBeNull();

		// Changed later, but stamped with the very same millisecond as the boundary: not lost.
		const [late] = seedReviews(1, () => ({ created_at: at(3), updated_at: at(5, 250), state: 'banned' }));
		expect(PollHarness.jsons(await poll.poll()).map((item) => item.id)).toEqual([late.id]);

		// A review published through the API comes back as a change with its new state.
		const target = changed[3];
		const response = await fetch(`${aplaut.sandbox.baseUrl}/reviews/${target.id}`, {
			method: 'PUT',
			headers: { Authorization: `Bearer ${SANDBOX_TOKENS.aplautToken}`, 'Content-Type': 'application/vnd.api+json' },
			body: JSON.stringify({ data: { type: 'reviews', attributes: { state: 'banned' } } }),
		});
		expect(response.status).toBe(200);
		expect(PollHarness.jsons(await poll.poll())).toEqual([expect.objectContaining({ id: target.id, state: 'banned' })]);
	});

	it('keeps only the chosen moderation states', async () => {
		const poll = trigger('reviewUpdated', { filters: { states: ['banned'] } });
		await poll.poll();
		const rows = seedReviews(3, (index) => ({ state: ['published', 'banned', 'held'][index] }));
		expect(PollHarness.jsons(await poll.poll()).map((item) => item.id)).toEqual([rows[1].id]);
	});
});

describe('Aplaut Poll Trigger: questions and answers', () => {
	const post = async (path: string, type: string, attributes: IDataObject) => {
		const response = await fetch(`${aplaut.sandbox.baseUrl}${path}`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${SANDBOX_TOKENS.aplautToken}`, 'Content-Type': 'application/vnd.api+json' },
			body: JSON.stringify({ data: { type, attributes } }),
		});
		expect(response.status).toBe(201);
		return ((await response.json()) as { data: { id: string } }).data;
	};

	it('delivers new questions once', async () => {
		aplaut.store.seed('questions', 2, (index) => ({ text: `Old ${index}` }));
		const poll = trigger('newQuestion');
		expect((await poll.poll()).items).toBeNull();
		const asked = await post('/questions', 'questions', { text: 'Does it fit a 15" laptop?' });
		expect(PollHarness.jsons(await poll.poll())).toEqual([expect.objectContaining({ id: asked.id, text: 'Does it fit a 15" laptop?' })]);
		expect((await poll.poll()).items).toBeNull();
	});

	it('delivers each new answer once, with its question', async () => {
		const [question, other] = aplaut.store.seed('questions', 2, (index) => ({ text: `Question ${index}`, state: 'published' }));
		await post(`/questions/${question.id}/relationships/answers`, 'answers', { text: 'Old answer' });
		const poll = trigger('newAnswer');
		expect((await poll.poll()).items).toBeNull();

		const answer = await post(`/questions/${question.id}/relationships/answers`, 'answers', { text: 'Yes, up to 16"' });
		const second = await post(`/questions/${other.id}/relationships/answers`, 'answers', { text: 'No' });
		const outcome = await poll.poll();
		expect(PollHarness.jsons(outcome)).toEqual([
			expect.objectContaining({ id: answer.id, text: 'Yes, up to 16"', question: expect.objectContaining({ id: question.id, text: 'Question 0' }) }),
			expect.objectContaining({ id: second.id, text: 'No', question: expect.objectContaining({ id: other.id }) }),
		]);
		expect(listRequests('/questions').at(-1)!.query).toMatchObject({ sort: 'updated_at:asc', include: 'answers' });
		expect((await poll.poll()).items).toBeNull();
	});
});

describe('Aplaut sandbox: the filter expressions as the spec has them', () => {
	const get = async (query: string) =>
		await fetch(`${aplaut.sandbox.baseUrl}/reviews?${query}`, { headers: { Authorization: `Bearer ${SANDBOX_TOKENS.aplautToken}` } });

	it.each([
		['filter=id:gte:00000000000000000000000a', 'operator gte is not allowed'],
		['filter=updated_at:gte:yesterday', 'is not a date-time'],
		['filter=author_name:eq:Olena', 'is not a filterable parameter'],
	])('refuses %s', async (query, message) => {
		const response = await get(query);
		expect(response.status).toBe(422);
		expect(JSON.stringify(await response.json())).toContain(message);
	});

	it('orders ids as fixed-width hex text', async () => {
		const rows = seedReviews(12);
		const response = await get(`filter=id:gt:${rows[8].id}&sort=created_at:asc`);
		const body = (await response.json()) as { data: Array<{ id: string }> };
		expect(body.data.map((entry) => entry.id)).toEqual(rows.slice(9).map((row) => row.id));
	});
});
