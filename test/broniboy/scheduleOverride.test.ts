import { PLACE_LENINA, PLACE_MIRA } from '../../sandboxes/broniboy/store';
import { useBroniboySandbox } from '../support/sandboxes';
import { runBroniboy } from './run';

const resource = 'scheduleOverride';

describe('Broniboy schedule overrides', () => {
	const broniboy = useBroniboySandbox();
	const seed = (place: string, period: string[]) => {
		const row = { id: `0000000${broniboy.store.overrides.length}-1111-4222-8333-444444444444`, place, period, interval: null, is_day_off: true };
		broniboy.store.overrides.push(row);
		return row;
	};

	it('lists the overrides of a place', async () => {
		seed(PLACE_LENINA, ['2026-12-31', '2027-01-01']);
		seed(PLACE_MIRA, ['2026-12-31', '2026-12-31']);
		const { json, journal } = await runBroniboy(broniboy, { resource, operation: 'getAll', placeId: PLACE_LENINA });
		expect(journal[0]).toMatchObject({ method: 'GET', path: `/places/${PLACE_LENINA}/schedule-overrides/` });
		expect(json).toEqual([broniboy.store.overrides[0]]);
	});

	it('creates a day off for a period (dates cut from date-times, no interval)', async () => {
		const { json, journal } = await runBroniboy(broniboy, {
			resource,
			operation: 'create',
			placeId: PLACE_LENINA,
			periodStart: '2026-12-31T00:00:00',
			periodEnd: '2027-01-02T00:00:00',
			isDayOff: true,
			opensAt: '10:00',
			closesAt: '12:00',
		});
		expect(journal[0]).toMatchObject({
			method: 'POST',
			path: '/schedule-overrides/',
			body: { place: PLACE_LENINA, period: ['2026-12-31', '2027-01-02'], is_day_off: true },
		});
		expect(journal[0].body).not.toHaveProperty('interval');
		expect(json[0]).toMatchObject({ period: ['2026-12-31', '2027-01-02'], is_day_off: true });
		expect(typeof json[0].id).toBe('string');
	});

	it('creates shorter hours for one day', async () => {
		const { journal, json } = await runBroniboy(broniboy, {
			resource,
			operation: 'create',
			placeId: PLACE_MIRA,
			periodStart: '2026-12-31',
			periodEnd: '2026-12-31',
			isDayOff: false,
			opensAt: '9:00',
			closesAt: '15:00',
		});
		expect(journal[0].body).toEqual({ place: PLACE_MIRA, period: ['2026-12-31', '2026-12-31'], is_day_off: false, interval: ['09:00', '15:00'] });
		expect(json[0]).toMatchObject({ interval: ['09:00', '15:00'] });
	});

	it('refuses a period that ends before it starts, or only one of the two times', async () => {
		const backwards = await runBroniboy(broniboy, { resource, operation: 'create', placeId: PLACE_MIRA, periodStart: '2027-01-02', periodEnd: '2027-01-01' });
		expect(backwards.error?.message).toContain('is after Last Day');
		const half = await runBroniboy(broniboy, {
			resource,
			operation: 'create',
			placeId: PLACE_MIRA,
			periodStart: '2027-01-01',
			periodEnd: '2027-01-01',
			opensAt: '10:00',
		});
		expect(half.error?.message).toContain('must both be times');
		expect(broniboy.sandbox.journal).toHaveLength(0);
	});

	it('gets one override', async () => {
		const row = seed(PLACE_MIRA, ['2026-12-31', '2026-12-31']);
		const { json, journal } = await runBroniboy(broniboy, { resource, operation: 'get', overrideId: row.id });
		expect(journal[0]).toMatchObject({ method: 'GET', path: `/schedule-overrides/${row.id}/` });
		expect(json[0]).toEqual(row);
	});

	it('updates an override with the whole body', async () => {
		const row = seed(PLACE_MIRA, ['2026-12-31', '2026-12-31']);
		const { json, journal } = await runBroniboy(broniboy, {
			resource,
			operation: 'update',
			overrideId: row.id,
			placeId: PLACE_MIRA,
			periodStart: '2026-12-30',
			periodEnd: '2026-12-31',
			isDayOff: false,
			opensAt: '12:00',
			closesAt: '16:00',
		});
		expect(journal[0]).toMatchObject({
			method: 'PUT',
			path: `/schedule-overrides/${row.id}/`,
			body: { place: PLACE_MIRA, period: ['2026-12-30', '2026-12-31'], is_day_off: false, interval: ['12:00', '16:00'] },
		});
		expect(json[0]).toMatchObject({ id: row.id, interval: ['12:00', '16:00'], is_day_off: false });
	});

	it('deletes an override', async () => {
		const row = seed(PLACE_MIRA, ['2026-12-31', '2026-12-31']);
		const { json, journal } = await runBroniboy(broniboy, { resource, operation: 'delete', overrideId: row.id });
		expect(journal[0]).toMatchObject({ method: 'DELETE', path: `/schedule-overrides/${row.id}/`, status: 204 });
		expect(json).toEqual([{ id: row.id, deleted: true }]);
		expect(broniboy.store.overrides).toHaveLength(0);
	});

	it('reports a missing override as a 404 NodeApiError', async () => {
		const { error } = await runBroniboy(broniboy, { resource, operation: 'get', overrideId: 'ffffffff-1111-4222-8333-444444444444' });
		expect(error?.message).toBe('Не найдено.');
		expect(error?.httpCode).toBe('404');
	});
});
