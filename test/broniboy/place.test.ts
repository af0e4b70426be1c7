import { PLACE_LENINA, PLACE_MIRA } from '../../sandboxes/broniboy/store';
import { loadOptions } from '../../harness/engine/engine';
import { useBroniboySandbox } from '../support/sandboxes';
import { broniboyCredentials } from '../../sandboxes/credentials';
import { runBroniboy } from './run';

describe('Broniboy places, workload and weekly schedule', () => {
	const broniboy = useBroniboySandbox();

	it('lists places sorted with "o"', async () => {
		const { json, journal } = await runBroniboy(broniboy, { resource: 'place', operation: 'getAll', options: { sort: '-created, name' } });
		expect(journal[0]).toMatchObject({ method: 'GET', path: '/places/', query: { o: '-created,name' } });
		expect(json.map((place) => place.name)).toEqual(['Pizza on Mira', 'Pizza on Lenina', 'Sushi on Arbat']);
	});

	it('lists places without sorting when none is asked', async () => {
		const { json, journal } = await runBroniboy(broniboy, { resource: 'place', operation: 'getAll' });
		expect(journal[0].query).toEqual({});
		expect(json).toHaveLength(3);
	});

	it('lists places with legal info', async () => {
		const { json, journal } = await runBroniboy(broniboy, { resource: 'place', operation: 'getAllLegal' });
		expect(journal[0]).toMatchObject({ method: 'GET', path: '/places/legal/' });
		expect(json[2]).toMatchObject({ name: 'Sushi on Arbat', legal_name: 'IP Ivanov', inn: '770987654321' });
	});

	it('fills the Place dropdown from the places, sorted by name, with the address as hint', async () => {
		const options = await loadOptions({ type: 'broniboy', method: 'getPlaces', credentials: broniboyCredentials(broniboy.sandbox) });
		expect(options).toEqual([
			{ name: 'Pizza on Lenina', value: PLACE_LENINA, description: 'Moscow, Lenina 1' },
			{ name: 'Pizza on Mira', value: PLACE_MIRA, description: 'Moscow, Mira 15' },
			{ name: 'Sushi on Arbat', value: 'c2a9f0de-51b7-4e0a-8d43-0f6a9b7e1c25', description: 'Moscow, Arbat 20' },
		]);
	});

	it('gets the workload of a place', async () => {
		const { json, journal } = await runBroniboy(broniboy, { resource: 'placeWorkload', operation: 'get', placeId: PLACE_MIRA });
		expect(journal[0]).toMatchObject({ method: 'GET', path: `/places/${PLACE_MIRA}/workload/` });
		expect(json[0]).toMatchObject({ place: PLACE_MIRA, state: 'default', cooking_time_minutes_high: 60 });
	});

	it('changes the workload with a reset after some minutes', async () => {
		const before = Date.now();
		const { json, journal } = await runBroniboy(broniboy, {
			resource: 'placeWorkload',
			operation: 'update',
			placeId: PLACE_LENINA,
			state: 'high',
			options: { resetAfterMinutes: 45 },
		});
		expect(journal[0]).toMatchObject({ method: 'PUT', path: `/places/${PLACE_LENINA}/workload/`, body: { state: 'high', reset_after_minutes: 45 } });
		expect(json[0].state).toBe('high');
		const resetAt = Date.parse(json[0].reset_state_after as string);
		expect(resetAt - before).toBeGreaterThanOrEqual(44 * 60_000);
		expect(resetAt - before).toBeLessThanOrEqual(46 * 60_000);
	});

	it('changes the workload until the next day when no reset is set (field not sent)', async () => {
		const { journal } = await runBroniboy(broniboy, { resource: 'placeWorkload', operation: 'update', placeId: PLACE_LENINA, state: 'pause' });
		expect(journal[0].body).toEqual({ state: 'pause' });
		expect(broniboy.store.workloads.get(PLACE_LENINA)?.state).toBe('pause');
	});

	it('refuses a reset outside 30–120 minutes before sending', async () => {
		const { error, journal } = await runBroniboy(broniboy, {
			resource: 'placeWorkload',
			operation: 'update',
			placeId: PLACE_LENINA,
			state: 'medium',
			options: { resetAfterMinutes: '={{ 20 }}' },
		});
		expect(journal).toHaveLength(0);
		expect(error?.message).toContain('from 30 to 120');
	});

	it('gets the weekly schedule as named days', async () => {
		broniboy.store.schedules.get(PLACE_MIRA)![6] = ['12:00', '18:00'];
		const { json, journal } = await runBroniboy(broniboy, { resource: 'placeSchedule', operation: 'get', placeId: PLACE_MIRA });
		expect(journal[0]).toMatchObject({ method: 'GET', path: `/places/${PLACE_MIRA}/schedule/` });
		expect(json[0]).toMatchObject({
			place: PLACE_MIRA,
			monday: { opensAt: '10:00', closesAt: '22:00' },
			sunday: { opensAt: '12:00', closesAt: '18:00' },
		});
	});

	it('sets the weekly schedule from usual hours and days that differ', async () => {
		const { json, journal, error } = await runBroniboy(broniboy, {
			resource: 'placeSchedule',
			operation: 'update',
			placeId: PLACE_LENINA,
			opensAt: '9:00',
			closesAt: '21:00',
			otherDays: {
				day: [
					{ day: 'saturday', opensAt: '11:00', closesAt: '23:30' },
					{ day: 'sunday', opensAt: '12:00', closesAt: '20:00' },
				],
			},
		});
		expect(error).toBeUndefined();
		const usual = ['09:00', '21:00'];
		expect(journal[0]).toMatchObject({
			method: 'PUT',
			path: `/places/${PLACE_LENINA}/schedule/`,
			body: [usual, usual, usual, usual, usual, ['11:00', '23:30'], ['12:00', '20:00']],
		});
		expect(json[0]).toMatchObject({ friday: { opensAt: '09:00' }, saturday: { closesAt: '23:30' } });
	});

	it('refuses a malformed time and a day listed twice before sending', async () => {
		const bad = await runBroniboy(broniboy, { resource: 'placeSchedule', operation: 'update', placeId: PLACE_LENINA, opensAt: '25:00', closesAt: '21:00' });
		expect(bad.error?.message).toContain('times must look like 09:00');
		const twice = await runBroniboy(broniboy, {
			resource: 'placeSchedule',
			operation: 'update',
			placeId: PLACE_LENINA,
			opensAt: '09:00',
			closesAt: '21:00',
			otherDays: { day: [{ day: 'monday', opensAt: '10:00', closesAt: '11:00' }, { day: 'monday', opensAt: '10:00', closesAt: '12:00' }] },
		});
		expect(twice.error?.message).toContain('listed twice');
		expect(broniboy.sandbox.journal).toHaveLength(0);
	});
});
