import { createdAtOf, idQuery, PER_PAGE, RECIPES, timeQuery, walkBySortTime, walkByTime, type FlatRecord } from '../../nodes/Aplaut/poll/recipes';
import { advance, answersOf, readState, startState, wanted } from '../../nodes/Aplaut/poll/state';

const hex = (n: number) => n.toString(16).padStart(24, '0');
const at = (ms: number) => new Date(Date.UTC(2026, 10, 1) + ms).toISOString();
const review = (n: number, updatedMs = n * 1000, extra: FlatRecord = {}): FlatRecord => ({ id: hex(n), updated_at: at(updatedMs), ...extra });
const limits = { deadlineMs: Number.POSITIVE_INFINITY, now: () => 0 };

describe('Aplaut poll recipes', () => {
	it('builds the spec\'s queries', () => {
		expect(idQuery(RECIPES.newReview, hex(5))).toEqual({ sort: 'created_at:asc', filter: `id:gt:${hex(5)}`, page: 1, per_page: 25 });
		expect(idQuery(RECIPES.newQuestion, undefined)).toEqual({ sort: 'created_at:asc', page: 1, per_page: 25 });
		expect(idQuery(RECIPES.newReview, hex(5), Date.parse(at(1500)), 2)).toEqual({
			sort: 'created_at:asc',
			filter: `id:gt:${hex(5)},created_at:gte:${at(1500)}`,
			page: 2,
			per_page: 25,
		});
		expect(timeQuery(RECIPES.newAnswer, Date.parse(at(1500)), 2)).toEqual({
			sort: 'updated_at:asc',
			filter: `updated_at:gte:${at(1500)}`,
			include: 'answers',
			page: 2,
			per_page: 25,
		});
	});

	it('the new-record walk keeps its id floor and moves on by created_at: an imported record sorted first skips no id', async () => {
		const created = (n: number, createdMs: number): FlatRecord => ({ id: hex(n), created_at: at(createdMs) });
		// 60 new records; ids 59 and 60 were imported with an old created_at and sort first.
		const all = [...Array.from({ length: 58 }, (_, index) => created(index + 1, 10_000 + index)), created(59, 10), created(60, 20)];
		const asked: Array<number | undefined> = [];
		const walked = await walkBySortTime(async (since, page) => {
			asked.push(since);
			const sorted = all.filter((record) => since === undefined || createdAtOf(record)! >= since).sort((a, b) => createdAtOf(a)! - createdAtOf(b)!);
			return sorted.slice((page - 1) * PER_PAGE, page * PER_PAGE);
		}, undefined, createdAtOf, { ...limits, pageCap: 500 });
		expect(walked.complete).toBe(true);
		expect(new Set(walked.records.map((record) => record.id))).toEqual(new Set(all.map((record) => record.id)));
		expect(asked).toEqual([undefined, Date.parse(at(10_000 + 22)), Date.parse(at(10_000 + 46))]);
	});

	it('walkByTime turns the page only while a full page shows no newer time', async () => {
		const asked: Array<[number, number]> = [];
		// 30 records at one time, then 3 later ones.
		const all = [...Array.from({ length: 30 }, (_, index) => review(index + 1, 5000)), review(31, 6000), review(32, 7000), review(33, 7000)];
		const walked = await walkByTime(async (since, page) => {
			asked.push([since, page]);
			return all.filter((record) => Date.parse(String(record.updated_at)) >= since).slice((page - 1) * PER_PAGE, page * PER_PAGE);
		}, Date.parse(at(1000)), { ...limits, pageCap: 50 });
		expect(asked).toEqual([
			[Date.parse(at(1000)), 1],
			[Date.parse(at(5000)), 1],
			[Date.parse(at(5000)), 2],
		]);
		const { fresh } = advance({ event: 'reviewUpdated', since: { sinceMs: Date.parse(at(1000)), keysAtSince: [] } }, walked.records);
		expect(fresh.map((record) => record.id)).toEqual(all.map((record) => record.id));
	});

	it('a walk past its deadline returns what it read, marked incomplete', async () => {
		let now = 0;
		const walked = await walkBySortTime(async () => {
			now += 10;
			return Array.from({ length: PER_PAGE }, (_, index) => review(now + index, (now + index) * 1000));
		}, undefined, (record) => Date.parse(String(record.updated_at)), { deadlineMs: 25, now: () => now, pageCap: 50 });
		expect(walked.complete).toBe(false);
		expect(walked.records).toHaveLength(3 * PER_PAGE);
	});
});

describe('Aplaut poll state', () => {
	it('first poll: the newest records mark what was seen', () => {
		expect(startState('newReview', [review(3), review(9), review(4)])).toEqual({ event: 'newReview', lastId: hex(9) });
		expect(startState('newReview', [])).toEqual({ event: 'newReview', lastId: undefined });
		expect(startState('reviewUpdated', [review(1, 9000), review(2, 9000), review(3, 4000)])).toEqual({
			event: 'reviewUpdated',
			since: { sinceMs: Date.parse(at(9000)), keysAtSince: [hex(1), hex(2)] },
		});
	});

	it('keeps boundary records out and takes later ones of the same time', () => {
		const state = { event: 'reviewUpdated' as const, since: { sinceMs: Date.parse(at(9000)), keysAtSince: [hex(1)] } };
		const { fresh, next } = advance(state, [review(1, 9000), review(5, 9000), review(6, 12000)]);
		expect(fresh.map((record) => record.id)).toEqual([hex(5), hex(6)]);
		expect(next.since).toEqual({ sinceMs: Date.parse(at(12000)), keysAtSince: [hex(6)] });
	});

	it('answers: new ones by id, each with its question', () => {
		const question = (n: number, answers: number[]) => ({
			id: `q${n}`,
			type: 'questions',
			text: `Q${n}`,
			updated_at: at(n * 1000),
			relationships: { answers: { data: answers.map((a) => ({ id: hex(a), type: 'answers' })) } },
			included: { answers: answers.map((a) => ({ id: hex(a), type: 'answers', text: `A${a}` })) },
		});
		const records = [question(1, [1, 4]), question(2, [2, 5])];
		expect(answersOf(records)[0]).toEqual({ id: hex(1), type: 'answers', text: 'A1', question: { id: 'q1', type: 'questions', text: 'Q1', updated_at: at(1000) } });
		const start = startState('newAnswer', records);
		expect(start.lastAnswerId).toBe(hex(5));
		const { fresh, next } = advance(start, [question(1, [1, 4, 7]), question(2, [2, 5, 6])]);
		expect(fresh.map((answer) => answer.id)).toEqual([hex(6), hex(7)]);
		expect(next.lastAnswerId).toBe(hex(7));
	});

	it('reads back only a state of the same event', () => {
		expect(readState({ event: 'newReview', lastId: hex(2) }, 'newReview')).toEqual({ event: 'newReview', lastId: hex(2), lastAnswerId: undefined });
		expect(readState({ event: 'newReview', lastId: hex(2) }, 'newQuestion')).toBeUndefined();
		expect(readState({ event: 'reviewUpdated' }, 'reviewUpdated')).toBeUndefined();
		expect(readState('garbage', 'newReview')).toBeUndefined();
	});

	it('client filters: ratings and states', () => {
		expect(wanted({ rating: 2, state: 'published' }, { ratings: [1, 2], states: [] })).toBe(true);
		expect(wanted({ rating: 3 }, { ratings: [1, 2], states: [] })).toBe(false);
		expect(wanted({ state: 'held' }, { ratings: [], states: ['banned'] })).toBe(false);
	});
});
