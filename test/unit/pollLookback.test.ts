import {
	idFloor,
	keepRecent,
	lookbackMs,
	newInIdWindow,
	newInTimeWindow,
	readLookback,
	windowStartMs,
	type LookbackMemory,
} from '../../nodes/shared/trigger/poll/lookback';

type Row = { id: string; t: number; v?: number };
const reader = { timeOf: (row: Row) => row.t, keyOf: (row: Row) => `${row.id}@${row.v ?? 0}`, boundaryKeyOf: (row: Row) => row.id };
const MIN = 60_000;

describe('lookback window: time watermarks', () => {
	const empty: LookbackMemory = { recent: [] };

	it('reads the window behind the watermark again and delivers only keys not delivered within it', () => {
		const watermark = { sinceMs: 10 * MIN, keysAtSince: [] };
		const first = newInTimeWindow([{ id: 'a', t: 10 * MIN + 1 }, { id: 'b', t: 10 * MIN + 5 }], { watermark, memory: empty }, reader, { lookbackMs: 5 * MIN });
		expect(first.fresh.map((row) => row.id)).toEqual(['a', 'b']);
		expect(windowStartMs(first.watermark, first.memory, 5 * MIN)).toBe(10 * MIN + 5 - 5 * MIN);
		// "c" became visible late with a time before the newest delivered: still inside the window.
		const late = [{ id: 'a', t: 10 * MIN + 1 }, { id: 'c', t: 10 * MIN + 2 }, { id: 'b', t: 10 * MIN + 5 }];
		const second = newInTimeWindow(late, { watermark: first.watermark, memory: first.memory }, reader, { lookbackMs: 5 * MIN });
		expect(second.fresh.map((row) => row.id)).toEqual(['c']);
		expect(second.watermark).toEqual(first.watermark);
		expect(newInTimeWindow(late, { watermark: second.watermark, memory: second.memory }, reader, { lookbackMs: 5 * MIN }).fresh).toEqual([]);
	});

	it('a new version of a delivered record is new; records before the window start are not', () => {
		const state = { watermark: { sinceMs: 20 * MIN, keysAtSince: ['a'] }, memory: { recent: [['a@0', 20 * MIN]] as Array<[string, number]> } };
		const rows = [{ id: 'a', t: 20 * MIN }, { id: 'a', t: 21 * MIN, v: 1 }, { id: 'old', t: 14 * MIN }];
		const next = newInTimeWindow(rows, state, reader, { lookbackMs: 5 * MIN });
		expect(next.fresh).toEqual([{ id: 'a', t: 21 * MIN, v: 1 }]);
		expect(next.watermark).toEqual({ sinceMs: 21 * MIN, keysAtSince: ['a'] });
		expect(next.memory.recent).toEqual([['a@0', 20 * MIN], ['a@1', 21 * MIN]]);
	});

	it('a read stopped at its deadline keeps the watermark; what it delivered stays remembered', () => {
		const watermark = { sinceMs: MIN, keysAtSince: [] };
		const partial = newInTimeWindow([{ id: 'x', t: 3 * MIN }], { watermark, memory: empty }, reader, { lookbackMs: MIN, complete: false });
		expect(partial.fresh).toHaveLength(1);
		expect(partial.watermark).toBe(watermark);
		const rest = newInTimeWindow([{ id: 'x', t: 3 * MIN }, { id: 'y', t: 2 * MIN }], { watermark, memory: partial.memory }, reader, { lookbackMs: MIN });
		expect(rest.fresh.map((row) => row.id)).toEqual(['y']);
	});

	it('the floor keeps the window from reaching before the first poll', () => {
		const memory = { recent: [], floorMs: 10 * MIN - 1 };
		const next = newInTimeWindow([{ id: 'before', t: 9 * MIN }, { id: 'after', t: 10 * MIN }], { watermark: { sinceMs: 10 * MIN, keysAtSince: [] }, memory }, reader, { lookbackMs: 5 * MIN });
		expect(next.fresh.map((row) => row.id)).toEqual(['after']);
		expect(next.memory.floorMs).toBe(10 * MIN - 1);
	});

	it('keeps at most `max` keys, the newest; the floor then keeps out all of the dropped times', () => {
		const rows = Array.from({ length: 10 }, (_, index) => ({ id: `r${index}`, t: MIN + Math.floor(index / 2) }));
		const next = newInTimeWindow(rows, { watermark: { sinceMs: MIN, keysAtSince: [] }, memory: empty }, reader, { lookbackMs: MIN, max: 5 });
		expect(next.fresh).toHaveLength(10);
		expect(next.memory.recent.map(([key]) => key)).toEqual(['r6@0', 'r7@0', 'r8@0', 'r9@0']);
		expect(next.memory.floorMs).toBe(MIN + 2);
		expect(newInTimeWindow(rows, { watermark: next.watermark, memory: next.memory }, reader, { lookbackMs: MIN }).fresh).toEqual([]);
	});

	it('keepRecent forgets keys before the window and keeps one entry per key', () => {
		expect(keepRecent([['a', 1], ['b', 5], ['a', 7]], 2)).toEqual({ recent: [['b', 5], ['a', 7]] });
	});
});

describe('lookback window: id watermarks', () => {
	const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id);
	const of = (list: string[]) => list.map((id) => ({ id }));

	it('an id below ones already delivered, listed one poll late, is delivered once', () => {
		const first = newInIdWindow(of(['11', '13']), { lastId: '10', memory: { recent: [] } }, (row) => row.id, { lookbackMs: 5 * MIN, nowMs: MIN });
		expect(ids(first.fresh)).toEqual(['11', '13']);
		expect(first.lastId).toBe('13');
		expect(idFloor(first.memory, first.lastId)).toBe('10');
		const second = newInIdWindow(of(['11', '12', '13']), { lastId: first.lastId, memory: first.memory }, (row) => row.id, { lookbackMs: 5 * MIN, nowMs: 2 * MIN });
		expect(ids(second.fresh)).toEqual(['12']);
		expect(newInIdWindow(of(['11', '12', '13']), { lastId: second.lastId, memory: second.memory }, (row) => row.id, { lookbackMs: 5 * MIN, nowMs: 3 * MIN }).fresh).toEqual([]);
	});

	it('ids delivered longer than the lookback ago settle: the floor moves up to them', () => {
		const first = newInIdWindow(of(['5', '6']), { lastId: '4', memory: { recent: [] } }, (row) => row.id, { lookbackMs: MIN, nowMs: 0 });
		const later = newInIdWindow(of(['7']), { lastId: first.lastId, memory: first.memory }, (row) => row.id, { lookbackMs: MIN, nowMs: 2 * MIN });
		expect(later.memory).toEqual({ recent: [['7', 2 * MIN]], floorId: '6' });
	});

	it('keeps at most `max` ids: the floor moves above the dropped ones', () => {
		const next = newInIdWindow(of(['1', '2', '3', '4']), { lastId: undefined, memory: { recent: [] } }, (row) => row.id, { lookbackMs: MIN, nowMs: 0, max: 2 });
		expect(next.memory).toEqual({ recent: [['3', 0], ['4', 0]], floorId: '2' });
	});
});

describe('lookback setting and memory read back', () => {
	it('whole minutes between 0 and a day, 5 by default', () => {
		expect(lookbackMs(undefined)).toBe(5 * MIN);
		expect(lookbackMs(2)).toBe(2 * MIN);
		expect(lookbackMs(-3)).toBe(0);
		expect(lookbackMs(1e9)).toBe(24 * 60 * MIN);
	});

	it('drops what is malformed', () => {
		expect(readLookback({ recent: [['a', 1], ['b'], 'c', [2, 3]], floorMs: 'x', floorId: '9' })).toEqual({ recent: [['a', 1]], floorId: '9' });
		// '' is a floor below every id (nothing existed at the start), not "no floor yet".
		expect(idFloor(readLookback({ recent: [], floorId: '' }), '5')).toBeUndefined();
		expect(idFloor(readLookback({}), '5')).toBe('5');
		expect(readLookback(null)).toEqual({ recent: [] });
		// A state from before the lookback: its window starts at its watermark, nothing is repeated.
		expect(readLookback(undefined, { sinceMs: 9000, keysAtSince: [] })).toEqual({ recent: [], floorMs: 8999 });
	});
});
