import { eventChosen } from '../../nodes/shared/trigger/webhook/events';
import { DeliveryGuard, PERSISTED_FIELD, type StaticStore } from '../../nodes/shared/trigger/webhook/deliveryMemory';
import { deliveryKey } from '../../nodes/shared/trigger/webhook/deliveryKey';
import { secretMatches } from '../../nodes/shared/trigger/webhook/secretCompare';
import { queryValues, urlSecretCandidates, urlSecretProblem } from '../../nodes/shared/trigger/webhook/urlSecret';
import { newSince, readWatermark } from '../../nodes/shared/trigger/poll/watermark';

describe('DeliveryGuard', () => {
	it('claims a key once per scope, and again in another scope', () => {
		const guard = new DeliveryGuard();
		expect(guard.claim('wf|a', 'd1', {}, 1000)).toBe(true);
		expect(guard.claim('wf|a', 'd1', {}, 1001)).toBe(false);
		expect(guard.claim('wf|b', 'd1', {}, 1002)).toBe(true);
	});

	it('concurrent requests with fresh copies of static data: one claim, and the last save holds every key', () => {
		const guard = new DeliveryGuard();
		const persisted: StaticStore = {};
		// Each request gets its own copy of the static data, as n8n loads it per request.
		const copies = Array.from({ length: 8 }, () => structuredClone(persisted));
		const claims = copies.map((copy, index) => guard.claim('wf|n', index < 4 ? 'same' : `other-${index}`, copy, 5000));
		expect(claims.filter(Boolean)).toHaveLength(5);
		const last = copies[copies.length - 1][PERSISTED_FIELD] as Array<[string, number]>;
		expect(last.map(([key]) => key).sort()).toEqual(['other-4', 'other-5', 'other-6', 'other-7', 'same']);
	});

	it('recognises what was persisted before a restart (a new guard)', () => {
		const store: StaticStore = {};
		new DeliveryGuard().claim('wf|n', 'd1', store, 1000);
		const afterRestart = new DeliveryGuard();
		expect(afterRestart.claim('wf|n', 'd1', structuredClone(store), 2000)).toBe(false);
		expect(afterRestart.claim('wf|n', 'd2', structuredClone(store), 2000)).toBe(true);
	});

	it('reads lists of plain keys written by older versions', () => {
		expect(new DeliveryGuard().claim('wf|n', 'old', { [PERSISTED_FIELD]: ['old'] }, 1000)).toBe(false);
	});

	it('a repeat repairs a save that lost a key', () => {
		const guard = new DeliveryGuard();
		guard.claim('wf|n', 'a', {}, 1000);
		const store: StaticStore = {};
		expect(guard.claim('wf|n', 'a', store, 1001)).toBe(false);
		expect((store[PERSISTED_FIELD] as Array<[string, number]>).map(([key]) => key)).toEqual(['a']);
	});

	it('is bounded by count and age', () => {
		const guard = new DeliveryGuard({ maxEntries: 3, windowMs: 10_000 });
		const store: StaticStore = {};
		for (let index = 0; index < 5; index++) guard.claim('wf|n', `k${index}`, store, 1000 + index);
		expect((store[PERSISTED_FIELD] as unknown[]).length).toBe(3);
		expect(guard.claim('wf|n', 'k4', store, 1010)).toBe(false);
		expect(guard.claim('wf|n', 'k4', store, 20_000)).toBe(true);
	});
});

describe('DeliveryGuard: several keys, retry horizon', () => {
	it('a delivery is a repeat when any of its keys was seen; a repeat records nothing new', () => {
		const guard = new DeliveryGuard();
		const store: StaticStore = {};
		expect(guard.claim('wf|m', ['id-1', 'content-a'], store, 1000)).toBe(true);
		expect(guard.claim('wf|m', ['id-2', 'content-a'], store, 1001)).toBe(false);
		expect(guard.claim('wf|m', ['id-1', 'content-b'], store, 1002)).toBe(false);
		expect((store[PERSISTED_FIELD] as Array<[string, number]>).map(([key]) => key)).toEqual(['id-1', 'content-a']);
		expect(guard.claim('wf|m', ['id-2', 'content-b'], store, 1003)).toBe(true);
	});

	it('a flood of new deliveries cannot push out one still within the retry horizon', () => {
		const hour = 60 * 60 * 1000;
		const limits = { windowMs: 7 * 24 * hour, maxEntries: 100, retryHorizonMs: 24 * hour, hardMaxEntries: 10_000 };
		const guard = new DeliveryGuard(limits);
		let store: StaticStore = {};
		const start = 1_000_000;
		guard.claim('wf|f', 'retried', store, start);
		for (let index = 0; index < 5000; index++) guard.claim('wf|f', `flood-${index}`, store, start + 1000 + index);
		// After a restart only the persisted list counts.
		store = structuredClone(store);
		expect(new DeliveryGuard(limits).claim('wf|f', 'retried', store, start + hour)).toBe(false);
		// Past the horizon the count limit applies again: the oldest go, down to maxEntries.
		const later = new DeliveryGuard(limits);
		later.claim('wf|f', 'one-more', store, start + 25 * hour);
		expect((store[PERSISTED_FIELD] as unknown[]).length).toBe(100);
		expect(later.claim('wf|f', 'retried', store, start + 25 * hour)).toBe(true);
	});

	it('holds the hard bound whatever the age', () => {
		const guard = new DeliveryGuard({ windowMs: 10_000, maxEntries: 3, retryHorizonMs: 10_000, hardMaxEntries: 5 });
		const store: StaticStore = {};
		for (let index = 0; index < 8; index++) guard.claim('wf|h', `k${index}`, store, 1000 + index);
		expect((store[PERSISTED_FIELD] as Array<[string, number]>).map(([key]) => key)).toEqual(['k3', 'k4', 'k5', 'k6', 'k7']);
	});
});

describe('secretMatches / deliveryKey', () => {
	it('compares exactly', () => {
		expect(secretMatches('abc-secret-value', 'abc-secret-value')).toBe(true);
		expect(secretMatches('abc-secret-valuf', 'abc-secret-value')).toBe(false);
		expect(secretMatches(undefined, 'x')).toBe(false);
		expect(secretMatches('', '')).toBe(false);
	});

	it('keeps short plain keys and hashes the rest', () => {
		expect(deliveryKey('order.change', 12, '2026-01-01')).toBe('order.change|12|2026-01-01');
		expect(deliveryKey('a b', 'ü')).toMatch(/^[0-9a-f]{64}$/);
	});
});

describe('watermarks', () => {
	type Row = { id: string; t: number };
	const reader = { timeOf: (r: Row) => r.t, keyOf: (r: Row) => r.id };

	it('delivers records at the boundary second once, and later ones in that second too', () => {
		const first = newSince([{ id: 'a', t: 10 }, { id: 'b', t: 20 }], { sinceMs: 0, keysAtSince: [] }, reader);
		expect(first.fresh.map((r) => r.id)).toEqual(['a', 'b']);
		expect(first.next).toEqual({ sinceMs: 20, keysAtSince: ['b'] });
		const second = newSince([{ id: 'b', t: 20 }, { id: 'c', t: 20 }], first.next, reader);
		expect(second.fresh.map((r) => r.id)).toEqual(['c']);
		expect(second.next).toEqual({ sinceMs: 20, keysAtSince: ['b', 'c'] });
		expect(newSince([{ id: 'c', t: 20 }], second.next, reader).fresh).toEqual([]);
	});

	it('keeps the watermark when nothing is new and reads it back safely', () => {
		const mark = { sinceMs: 5, keysAtSince: ['x'] };
		expect(newSince([], mark, reader).next).toBe(mark);
		expect(readWatermark(mark)).toEqual(mark);
		expect(readWatermark({ sinceMs: 'x' })).toBeUndefined();
		expect(readWatermark(undefined)).toBeUndefined();
	});
});

describe('URL secrets', () => {

	it('reads the query secret whether the sender joined with & or with a second ?', () => {
		expect(queryValues('secret=S1?id=902&mobile=1', 'secret')).toEqual(['S1']);
		expect(queryValues('secret=S1&id=902', 'secret')).toEqual(['S1']);
		expect(queryValues('id=902&secret=S%2D1', 'secret')).toEqual(['S-1']);
		expect(queryValues('', 'secret')).toEqual([]);
	});

	it('puts the path secret first', () => {
		expect(urlSecretCandidates({ pathSecret: 'P', url: '/x?secret=Q' })).toEqual(['P', 'Q']);
		expect(urlSecretCandidates({ url: '/x' })).toEqual([]);
	});

	it('refuses short secrets and characters that would need escaping', () => {
		expect(urlSecretProblem('short')).toMatch(/at least 16/);
		expect(urlSecretProblem('a-long-secret with space')).toMatch(/only letters/);
		expect(urlSecretProblem('a-long-secret_value.1~')).toBeUndefined();
	});
});

describe('eventChosen', () => {
	it('takes every event for an empty list or All Events, else only the chosen ones', () => {
		expect(eventChosen([], 'order.changed')).toBe(true);
		expect(eventChosen(['*'], 'order.changed')).toBe(true);
		expect(eventChosen(['courier.changed'], 'order.changed')).toBe(false);
		expect(eventChosen(['courier.changed', 'order.changed'], 'order.changed')).toBe(true);
	});
});
