// eslint-disable-next-line @typescript-eslint/no-require-imports
const { burstOutcome } = require('../../harness/n8n/burstOutcome');

const LIMIT = { requests: 4, windowMs: 10_000 };

/** A burst's journal: each order's look-up then its create, at the given times (ms). */
function journal(times: Array<[number, number]>, refusedAt: number[] = []) {
	const entries = [];
	for (const [index, [lookupAt, createAt]] of times.entries()) {
		const uuid = String(100 + index);
		entries.push({ at: lookupAt, method: 'GET', path: '/order', query: { 'filter[source_uuid]': uuid }, status: 200 });
		entries.push({ at: createAt, method: 'POST', path: '/order', body: { source_uuid: uuid }, status: 201 });
	}
	for (const at of refusedAt) entries.push({ at, method: 'POST', path: '/order', body: { source_uuid: '100' }, status: 429 });
	entries.push({ at: 5, method: 'GET', path: '/order', query: { 'filter[source_uuid]': 'someone else' }, status: 200 });
	return entries.sort((a, b) => a.at - b.at);
}

describe('what a burst did at KeyCRM (harness/n8n/burstOutcome)', () => {
	it('counts the look-ups and the creates of the burst, and its floor at two requests per order', () => {
		// 4 orders, 4 requests per 10 s window, each window filled at once: the pace is the limit.
		const outcome = burstOutcome(journal([[0, 0], [0, 0], [10_000, 10_000], [10_000, 10_000]]), [100, 101, 102, 103], LIMIT);
		expect(outcome).toMatchObject({ requests: 8, created: 4, lost: [], twice: [], refused: 0, floorMs: 10_000, lastOrderMs: 10_000 });
		expect(outcome.steadyRatio).toBeCloseTo(1, 5);
		expect(outcome.rateRatio).toBeCloseTo(1, 5);
	});

	it('the pace ignores how the first window was spread; the overall rate does not', () => {
		// Each window's requests spread over 5 s, as the executions started, and kept so after.
		const spread = (start: number): Array<[number, number]> => [[start, start + 5_000], [start + 2_000, start + 5_000]];
		const outcome = burstOutcome(journal([...spread(0), ...spread(10_000), ...spread(20_000)]), [100, 101, 102, 103, 104, 105], LIMIT);
		expect(outcome.steadyRatio).toBeCloseTo(1, 5);
		expect(outcome.rateRatio).toBeCloseTo(8 / 25 / 0.4, 5);
		expect(outcome.firstWindowSpreadMs).toBe(5_000);
	});

	it('a window left half empty halves the pace; refusals and lost orders are counted', () => {
		const outcome = burstOutcome(journal([[0, 0], [0, 0], [20_000, 20_000], [20_000, 20_000]], [10_000, 10_001]), [100, 101, 102, 103, 104], LIMIT);
		expect(outcome.steadyRatio).toBeCloseTo(0.5, 5);
		expect(outcome).toMatchObject({ requests: 10, refused: 2, lost: ['104'] });
		expect(outcome.refusedShare).toBeCloseTo(0.2, 5);
	});
});
