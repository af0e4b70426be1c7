import { randomUUID } from 'node:crypto';

import type { Sandbox, SandboxRequest } from '../core/sandbox';
import type { BroniboyStore, Row } from './store';
import { DATE, FieldErrors, isObject, notFound, ok, TIME } from './validate';

const WORKLOAD_STATES = ['pause', 'default', 'medium', 'high'] as const;

/** Django-style ordering: `o=-created,id` or repeated `o` keys. */
function sortPlaces(places: Row[], order: string | string[] | undefined): Row[] {
	const keys = (Array.isArray(order) ? order : order ? [order] : []).flatMap((entry) => entry.split(',')).filter(Boolean);
	return [...places].sort((a, b) => {
		for (const key of keys) {
			const field = key.replace(/^-/, '');
			const direction = key.startsWith('-') ? -1 : 1;
			const compared = String(a[field] ?? '').localeCompare(String(b[field] ?? ''));
			if (compared !== 0) return compared * direction;
		}
		return 0;
	});
}

function changeWorkload(store: BroniboyStore, request: SandboxRequest) {
	const workload = store.workloads.get(request.params.place_id);
	if (!workload) return notFound();
	const body = isObject(request.body) ? request.body : {};
	const errors = new FieldErrors();
	errors.oneOf('state', body.state, WORKLOAD_STATES);
	const minutes = body.reset_after_minutes;
	if (minutes !== undefined && (!Number.isInteger(minutes) || (minutes as number) < 30 || (minutes as number) > 120)) {
		errors.add('reset_after_minutes', 'Значение должно быть от 30 до 120.');
	}
	const invalid = errors.reply();
	if (invalid) return invalid;
	const nextDay = new Date();
	nextDay.setUTCHours(24, 0, 0, 0);
	const resetAt = minutes === undefined ? nextDay : new Date(Date.now() + (minutes as number) * 60_000);
	Object.assign(workload, { state: body.state, reset_state_after: resetAt.toISOString() });
	return ok(workload);
}

function changeSchedule(store: BroniboyStore, request: SandboxRequest) {
	if (!store.schedules.has(request.params.place_id)) return notFound();
	const errors = new FieldErrors();
	const days = request.body;
	if (!Array.isArray(days) || days.length !== 7) errors.add('non_field_errors', 'Ожидался список из 7 элементов.');
	else days.forEach((day, index) => errors.pair(String(index), day, TIME, 'времени'));
	const invalid = errors.reply();
	if (invalid) return invalid;
	store.schedules.set(request.params.place_id, days as string[][]);
	return ok(days);
}

function validateOverride(store: BroniboyStore, body: Record<string, unknown>): FieldErrors {
	const errors = new FieldErrors();
	if (errors.require('place', body.place) && !store.place(String(body.place))) errors.add('place', 'Точка не найдена.');
	if (errors.require('period', body.period)) {
		errors.pair('period', body.period, DATE, 'даты');
		const [from, to] = Array.isArray(body.period) ? (body.period as string[]) : [];
		if (from && to && from > to) errors.add('period', 'Начало периода позже конца.');
	}
	if (body.interval !== undefined && body.interval !== null) errors.pair('interval', body.interval, TIME, 'времени');
	if (body.is_day_off !== undefined && typeof body.is_day_off !== 'boolean') errors.add('is_day_off', 'Требуется булево значение.');
	return errors;
}

function overrideFields(body: Record<string, unknown>): Row {
	return { place: body.place, period: body.period, interval: body.interval ?? null, is_day_off: body.is_day_off ?? false };
}

/** Places, their workload, weekly schedule and schedule overrides. */
export function addPlaceRoutes(sandbox: Sandbox, store: BroniboyStore): void {
	const publicPlace = ({ legal: _legal, ...place }: Row) => place;
	sandbox.route('GET', '/places/', (request) => ok(sortPlaces(store.places, request.query.o).map(publicPlace)));
	sandbox.route('GET', '/places/legal/', () =>
		ok(
			store.places.map(({ id, name, address, legal }) => {
				const info = legal as Row;
				return { id, name, address, legal_name: info.name, inn: info.inn, kpp: info.kpp };
			}),
		),
	);
	sandbox.route('GET', '/places/:place_id/workload/', (request) => {
		const workload = store.workloads.get(request.params.place_id);
		return workload ? ok(workload) : notFound();
	});
	sandbox.route('PUT', '/places/:place_id/workload/', (request) => changeWorkload(store, request));
	sandbox.route('GET', '/places/:place_id/schedule/', (request) => {
		const schedule = store.schedules.get(request.params.place_id);
		return schedule ? ok(schedule) : notFound();
	});
	sandbox.route('PUT', '/places/:place_id/schedule/', (request) => changeSchedule(store, request));
	sandbox.route('GET', '/places/:place_id/schedule-overrides/', (request) =>
		store.place(request.params.place_id)
			? ok(store.overrides.filter((entry) => entry.place === request.params.place_id))
			: notFound(),
	);
	sandbox.route('POST', '/schedule-overrides/', (request) => {
		const body = isObject(request.body) ? request.body : {};
		const invalid = validateOverride(store, body).reply();
		if (invalid) return invalid;
		const created = { id: randomUUID(), ...overrideFields(body) };
		store.overrides.push(created);
		return ok(created, 201);
	});
	const findOverride = (request: SandboxRequest) => store.overrides.find((entry) => entry.id === request.params.id);
	sandbox.route('GET', '/schedule-overrides/:id/', (request) => {
		const found = findOverride(request);
		return found ? ok(found) : notFound();
	});
	sandbox.route('PUT', '/schedule-overrides/:id/', (request) => {
		const found = findOverride(request);
		if (!found) return notFound();
		const body = isObject(request.body) ? request.body : {};
		const invalid = validateOverride(store, body).reply();
		if (invalid) return invalid;
		Object.assign(found, overrideFields(body));
		return ok(found);
	});
	sandbox.route('DELETE', '/schedule-overrides/:id/', (request) => {
		const found = findOverride(request);
		if (!found) return notFound();
		store.overrides.splice(store.overrides.indexOf(found), 1);
		return { status: 204 };
	});
}
