import { randomUUID } from 'node:crypto';

import type { Sandbox, SandboxRequest } from '../core/sandbox';
import type { BroniboyStore, Row } from './store';
import { failure, FieldErrors, isObject, notFound, ok, queryList, UUID } from './validate';

const PAYMENT_TYPES = ['cash', 'b2b_account'] as const;
const ORDER_STATES = ['accepted', 'cooking', 'ready', 'on_way', 'finished', 'canceled'] as const;
const CANCEL_REASONS = ['long_waiting', 'expensive', 'other'] as const;
const SLOT_MS = 15 * 60_000;

/** Pickup slots from the next quarter hour on, deliberately not sorted: a client must pick the earliest itself. */
export function availablePickupTimes(now = Date.now()): string[] {
	const base = Math.ceil(now / SLOT_MS) * SLOT_MS;
	return [2, 1, 3].map((slots) => new Date(base + slots * SLOT_MS).toISOString());
}

/**
 * An address object `{address, latitude?, longitude?}`, as the only real client of the API sends it.
 * A plain string is refused as DRF refuses a string where a nested serializer is declared.
 */
function validateAddress(errors: FieldErrors, field: string, value: unknown): void {
	if (value === undefined || value === null) {
		errors.add(field, 'Это поле обязательно.');
		return;
	}
	if (!isObject(value)) {
		errors.add(field, `Недопустимые данные. Ожидался dict, но был получен ${typeof value === 'string' ? 'str' : typeof value}.`);
		return;
	}
	if (typeof value.address !== 'string' || value.address.trim() === '') errors.add(`${field}.address`, 'Это поле обязательно.');
	const { latitude, longitude } = value;
	if (latitude === undefined && longitude === undefined) return;
	if (typeof latitude !== 'number' || Math.abs(latitude) > 90) errors.add(`${field}.latitude`, 'Требуется численное значение.');
	if (typeof longitude !== 'number' || Math.abs(longitude) > 180) errors.add(`${field}.longitude`, 'Требуется численное значение.');
}

/**
 * Fields of the old guessed shape. DRF would drop them silently (and the courier would get no phone):
 * the sandbox refuses them so a node that still sends them fails its tests.
 */
function refuseOldShape(errors: FieldErrors, field: string, value: Record<string, unknown>, names: string[]): void {
	for (const name of names) {
		if (value[name] !== undefined) errors.add(`${field}.${name}`, 'Неизвестное поле (в этой версии API его нет).');
	}
}

function validateOrderBody(store: BroniboyStore, body: unknown, withTime: boolean): FieldErrors {
	const errors = new FieldErrors();
	const order = isObject(body) ? body : {};
	const pickup = order.pickup;
	if (!isObject(pickup)) {
		errors.add('pickup', 'Это поле обязательно.');
	} else if (pickup.place !== undefined) {
		if (!store.place(String(pickup.place))) errors.add('pickup.place', 'Точка не найдена.');
	} else if (isObject(pickup.external_place)) {
		validateAddress(errors, 'pickup.external_place.address', pickup.external_place.address);
		refuseOldShape(errors, 'pickup.external_place', pickup.external_place, ['coordinates']);
	} else {
		errors.add('pickup', 'Одно из полей place или external_place является обязательным.');
	}
	if (withTime && isObject(pickup)) {
		const time = Date.parse(String(pickup.time ?? ''));
		if (!pickup.time) errors.add('pickup.time', 'Это поле обязательно.');
		else if (Number.isNaN(time) || time % SLOT_MS !== 0 || time < Date.now() - 60_000) {
			errors.add('pickup.time', 'Выбранное время забора недоступно.');
		}
	}
	errors.oneOf('payment_type', order.payment_type, PAYMENT_TYPES);
	const dropOff = order.drop_off;
	if (!Array.isArray(dropOff) || dropOff.length !== 1) {
		errors.add('drop_off', 'Текущая версия API поддерживает только один адрес.');
	} else {
		const point = isObject(dropOff[0]) ? dropOff[0] : {};
		validateAddress(errors, 'drop_off.0.address', point.address);
		refuseOldShape(errors, 'drop_off.0', point, ['coordinates', 'phone']);
		if (point.client_phone !== undefined && !/^\+?\d{10,15}$/.test(String(point.client_phone))) {
			errors.add('drop_off.0.client_phone', 'Неправильный номер телефона.');
		}
	}
	return errors;
}

function priceOf(body: Record<string, unknown>) {
	const price = 1000;
	return { price, final_price: body.payment_type === 'b2b_account' ? 1150 : 1200 };
}

function listOrders(store: BroniboyStore, request: SandboxRequest) {
	const errors = new FieldErrors();
	const limit = request.query.limit === undefined ? 20 : Number(request.query.limit);
	const offset = request.query.offset === undefined ? 0 : Number(request.query.offset);
	if (!Number.isInteger(limit) || limit < 0 || limit > 100) errors.add('limit', 'Убедитесь, что это значение меньше либо равно 100.');
	if (!Number.isInteger(offset) || offset < 0) errors.add('offset', 'Убедитесь, что это значение больше либо равно 0.');
	const ids = queryList(request.query.order_id);
	const states = queryList(request.query.states);
	ids.filter((id) => !UUID.test(id)).forEach(() => errors.add('order_id', 'Введите правильный UUID.'));
	states.forEach((state) => errors.oneOf('states', state, ORDER_STATES));
	const invalid = errors.reply();
	if (invalid) return invalid;
	const matching = store.b2bOrders.filter(
		(order) => (ids.length === 0 || ids.includes(order.id as string)) && (states.length === 0 || states.includes(order.state as string)),
	);
	return ok(matching.slice(offset, offset + limit));
}

function cancelOrder(store: BroniboyStore, request: SandboxRequest) {
	const order = store.b2bOrders.find((candidate) => candidate.id === request.params.order_id);
	if (!order) return notFound();
	const body = isObject(request.body) ? request.body : {};
	const errors = new FieldErrors();
	errors.oneOf('reason', body.reason, CANCEL_REASONS);
	if (body.comment !== undefined && (typeof body.comment !== 'string' || body.comment.length > 256)) {
		errors.add('comment', 'Убедитесь, что это значение содержит не более 256 символов.');
	}
	const invalid = errors.reply();
	if (invalid) return invalid;
	if (order.state === 'finished' || order.state === 'canceled') {
		return failure(400, 6, 'Заказ нельзя отменить.', { non_field_errors: ['Заказ уже завершен или отменен.'] });
	}
	Object.assign(order, { state: 'canceled', cancel_reason: body.reason, cancel_comment: body.comment ?? null });
	return ok(order);
}

function merchantOrders(store: BroniboyStore, request: SandboxRequest) {
	const activeStates = ['created', 'accepted', 'on_way', 'cooking', 'ready', 'picking_up_order'];
	const { state } = request.params;
	if (state !== 'active' && state !== 'history') return notFound();
	const { date_after: after, date_before: before, place } = request.query as Record<string, string | undefined>;
	const matching = store.merchantOrders.filter((order) => {
		const day = String(order.date_of_pickup_iso).slice(0, 10);
		return (
			activeStates.includes(order.state as string) === (state === 'active') &&
			(!after || day >= after) &&
			(!before || day <= before) &&
			(!place || order.place === place)
		);
	});
	return ok(matching);
}

/** B2B orders (verify, create, list, cancel) and merchant orders. */
export function addOrderRoutes(sandbox: Sandbox, store: BroniboyStore): void {
	sandbox.route('POST', '/orders/verify/', (request) => {
		const invalid = validateOrderBody(store, request.body, false).reply();
		if (invalid) return invalid;
		const body = request.body as Record<string, unknown>;
		return ok({
			order: { ...priceOf(body), payment_type: body.payment_type, pickup: body.pickup, drop_off: body.drop_off },
			available_payment_types: [...PAYMENT_TYPES],
			available_pickup_times: availablePickupTimes(),
		});
	});
	sandbox.route('POST', '/orders/create/', (request) => {
		const invalid = validateOrderBody(store, request.body, true).reply();
		if (invalid) return invalid;
		const body = request.body as Record<string, unknown>;
		const order: Row = {
			...priceOf(body),
			payment_type: body.payment_type,
			pickup: body.pickup,
			drop_off: body.drop_off,
			id: randomUUID(),
			state: 'accepted',
			courier_state: 'courier-not-assigned',
			number: store.b2bOrders.length + 1,
			couriers: [],
		};
		store.b2bOrders.push(order);
		return ok(order, 201);
	});
	sandbox.route('GET', '/orders/', (request) => listOrders(store, request));
	sandbox.route('POST', '/orders/:order_id/cancel/', (request) => cancelOrder(store, request));
	sandbox.route('GET', '/merchant-orders/list/:state/', (request) => merchantOrders(store, request));
	sandbox.route('GET', '/merchant-orders/:order_id/', (request) => {
		const order = store.merchantOrders.find((candidate) => candidate.id === request.params.order_id);
		return order ? ok(order) : notFound();
	});
}
