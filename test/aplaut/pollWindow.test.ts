import type { IDataObject } from 'n8n-workflow';

import { PollHarness } from '../../harness/engine/pollHarness';
import { useAplautSandbox } from '../support/sandboxes';
import type { Row } from '../../sandboxes/aplaut/query';
import { aplautCredentials } from '../../sandboxes/credentials';

const aplaut = useAplautSandbox();

let workflows = 0;

function trigger(event: string) {
	return new PollHarness({
		type: 'aplautPollTrigger',
		parameters: { event, requestOptions: { rateLimitRequests: 0, maxRetries: 1, maxRetryWait: 2 } },
		credentials: aplautCredentials(aplaut.sandbox),
		workflowId: `aplaut-window-${++workflows}`,
	});
}

const seedReviews = (count: number, attributes: (index: number) => IDataObject = () => ({})) =>
	aplaut.store.seed('reviews', count, (index) => ({ rating: 5, body: `Review ${index}`, state: 'waiting', ...attributes(index) }));
const ids = (outcome: Awaited<ReturnType<PollHarness['poll']>>) => PollHarness.jsons(outcome).map((item) => item.id);
/** Takes a review out of the lists (imported, not yet indexed); `show` puts it back. */
function hide(row: Row) {
	aplaut.store.remove('reviews', row);
	return { show: () => aplaut.store.all('reviews').push(row) };
}
const isoIn = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

describe('Aplaut Poll Trigger: imported, late and crowded records (issue 21)', () => {
	it('30 new reviews, 2 imported with an old created_at: 30 deliveries, none twice', async () => {
		seedReviews(3, () => ({ created_at: '2026-01-01T10:00:00.000Z' }));
		const poll = trigger('newReview');
		await poll.poll();
		const fresh = seedReviews(30, (index) => (index === 3 || index === 28 ? { created_at: '2025-06-01T10:00:00.000Z' } : {}));
		const second = await poll.poll();
		expect(second.error).toBeUndefined();
		expect(ids(second)).toEqual(fresh.map((row) => row.id));
		expect((await poll.poll()).items).toBeNull();
	});

	it('a review that shows up one poll late, with a lower id than one delivered, comes once', async () => {
		const poll = trigger('newReview');
		await poll.poll();
		const [late, seen] = seedReviews(2);
		const slow = hide(late);
		expect(ids(await poll.poll())).toEqual([seen.id]);
		slow.show();
		expect(ids(await poll.poll())).toEqual([late.id]);
		expect((await poll.poll()).items).toBeNull();
	});

	it('a change that shows up one poll late, stamped before one delivered, comes once', async () => {
		const [a, b] = seedReviews(2, () => ({ updated_at: '2026-01-01T10:00:00.000Z' }));
		const poll = trigger('reviewUpdated');
		await poll.poll();
		Object.assign(a, { updated_at: isoIn(1), state: 'published' });
		Object.assign(b, { updated_at: isoIn(2), state: 'banned' });
		const slow = hide(a);
		expect(ids(await poll.poll())).toEqual([b.id]);
		slow.show();
		expect(PollHarness.jsons(await poll.poll())).toEqual([expect.objectContaining({ id: a.id, state: 'published' })]);
		expect((await poll.poll()).items).toBeNull();
	});

	it('250 new reviews, 60 of them created in the same millisecond: each once', async () => {
		const poll = trigger('newReview');
		await poll.poll();
		const same = isoIn(1);
		const rows = seedReviews(250, (index) => ({ created_at: index < 60 ? same : isoIn(2 + index) }));
		const second = await poll.poll();
		expect(second.error).toBeUndefined();
		expect(ids(second)).toHaveLength(250);
		expect(new Set(ids(second))).toEqual(new Set(rows.map((row) => row.id)));
		expect((await poll.poll()).items).toBeNull();
	});

	it('250 changed reviews, 60 of them in the same millisecond: each once', async () => {
		const rows = seedReviews(250, () => ({ updated_at: '2026-01-01T10:00:00.000Z' }));
		const poll = trigger('reviewUpdated');
		await poll.poll();
		const same = isoIn(1);
		rows.forEach((row, index) => Object.assign(row, { updated_at: index < 60 ? same : isoIn(2 + index), state: 'published' }));
		const second = await poll.poll();
		expect(second.error).toBeUndefined();
		expect(new Set(ids(second)).size).toBe(250);
		expect(ids(second)).toHaveLength(250);
		expect((await poll.poll()).items).toBeNull();
	});
});
