import { availablePickupTimes } from '../../sandboxes/broniboy/orders';
import { PLACE_LENINA } from '../../sandboxes/broniboy/store';
import { useBroniboySandbox } from '../support/sandboxes';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';
import { runBroniboy } from './run';

const orderParameters = {
	resource: 'b2bOrder',
	pickupSource: 'place',
	placeId: PLACE_LENINA,
	paymentType: 'cash',
	dropOffAddress: 'Moscow, Tverskaya 7, apt. 12',
	clientPhone: '+79001234567',
	orderOptions: { comment: 'Door code 42', dropOffLatitude: 55.7648, dropOffLongitude: 37.6055 },
};

const expectedBody = {
	pickup: { place: PLACE_LENINA },
	payment_type: 'cash',
	drop_off: [
		{
			address: { address: 'Moscow, Tverskaya 7, apt. 12', latitude: 55.7648, longitude: 37.6055 },
			client_phone: '+79001234567',
			comment: 'Door code 42',
		},
	],
};

describe('Broniboy B2B orders', () => {
	const broniboy = useBroniboySandbox();

	it('verifies an order picked up at a place and returns price, payment types and pickup times', async () => {
		const { json, journal, error } = await runBroniboy(broniboy, { ...orderParameters, operation: 'verify' });
		expect(error).toBeUndefined();
		expect(journal).toHaveLength(1);
		expect(journal[0]).toMatchObject({ method: 'POST', path: '/orders/verify/', body: expectedBody });
		expect(journal[0].headers['content-type']).toBe('application/json');
		expect(journal[0].headers['x-app-token']).toBe(SANDBOX_TOKENS.broniboyAppToken);
		expect(json).toHaveLength(1);
		expect(json[0]).toMatchObject({
			order: { price: 1000, final_price: 1200, payment_type: 'cash' },
			available_payment_types: ['cash', 'b2b_account'],
		});
		expect(json[0].available_pickup_times).toHaveLength(3);
	});

	it('verifies an order from an external address with coordinates, paid by B2B account', async () => {
		const { json, journal } = await runBroniboy(broniboy, {
			...orderParameters,
			operation: 'verify',
			pickupSource: 'external',
			pickupAddress: 'Moscow, Warehouse 5',
			paymentType: 'b2b_account',
			clientPhone: '',
			orderOptions: { pickupLatitude: 55.7, pickupLongitude: 37.5 },
		});
		expect(journal[0].body).toEqual({
			pickup: { external_place: { address: { address: 'Moscow, Warehouse 5', latitude: 55.7, longitude: 37.5 } } },
			payment_type: 'b2b_account',
			drop_off: [{ address: { address: 'Moscow, Tverskaya 7, apt. 12' } }],
		});
		expect(json[0]).toMatchObject({ order: { final_price: 1150 } });
	});

	it('creates an order at the earliest time a verification offers (two requests)', async () => {
		const { json, journal, error } = await runBroniboy(broniboy, { ...orderParameters, operation: 'create', pickupTimeMode: 'earliest' });
		expect(error).toBeUndefined();
		expect(journal.map((entry) => `${entry.method} ${entry.path}`)).toEqual(['POST /orders/verify/', 'POST /orders/create/']);
		const earliest = [...availablePickupTimes()].sort()[0];
		expect(journal[1].body).toEqual({ ...expectedBody, pickup: { place: PLACE_LENINA, time: earliest } });
		expect(json).toHaveLength(1);
		expect(json[0]).toMatchObject({ state: 'accepted', courier_state: 'courier-not-assigned', final_price: 1200 });
		expect(broniboy.store.b2bOrders).toHaveLength(1);
		expect(json[0].id).toBe(broniboy.store.b2bOrders[0].id);
	});

	it('creates an order at a chosen time with one request', async () => {
		const chosen = availablePickupTimes()[0];
		const { json, journal } = await runBroniboy(broniboy, {
			...orderParameters,
			operation: 'create',
			pickupTimeMode: 'given',
			pickupTime: chosen,
		});
		expect(journal).toHaveLength(1);
		expect(journal[0].path).toBe('/orders/create/');
		const sent = (journal[0].body as { pickup: { time: string } }).pickup.time;
		expect(Date.parse(sent)).toBe(Date.parse(chosen));
		expect(journal[0].body).toEqual({ ...expectedBody, pickup: { place: PLACE_LENINA, time: sent } });
		expect(json[0]).toMatchObject({ state: 'accepted' });
	});

	it('is refused by the sandbox when sent in the old guessed shape (string address, coordinates, phone)', async () => {
		const old = {
			pickup: { external_place: { address: 'Moscow, Warehouse 5', coordinates: { lat: 55.7, lon: 37.5 } } },
			payment_type: 'cash',
			drop_off: [{ address: 'Moscow, Tverskaya 7', coordinates: { lat: 55.76, lon: 37.6 }, phone: '+79001234567' }],
		};
		const response = await fetch(`${broniboy.sandbox.baseUrl}/orders/verify/`, {
			method: 'POST',
			headers: { 'X-App-Token': SANDBOX_TOKENS.broniboyAppToken, 'Content-Type': 'application/json' },
			body: JSON.stringify(old),
		});
		expect(response.status).toBe(400);
		const { error } = (await response.json()) as { error: { dev_err: Record<string, string[]> } };
		expect(Object.keys(error.dev_err).sort()).toEqual([
			'drop_off.0.address',
			'drop_off.0.coordinates',
			'drop_off.0.phone',
			'pickup.external_place.address',
			'pickup.external_place.coordinates',
		]);
		expect(error.dev_err['drop_off.0.address']).toEqual(['Недопустимые данные. Ожидался dict, но был получен str.']);
	});

	it('refuses coordinates given only half, before sending', async () => {
		const { error, journal } = await runBroniboy(broniboy, {
			...orderParameters,
			operation: 'verify',
			orderOptions: { dropOffLatitude: 55.76 },
		});
		expect(journal).toHaveLength(0);
		expect(error?.message).toBe('Delivery Latitude and Delivery Longitude must be set together, as valid numbers');
	});

	it('turns 400 field errors into a NodeApiError with every field message', async () => {
		const { error, journal } = await runBroniboy(broniboy, { ...orderParameters, operation: 'verify', placeId: 'c2a9f0de-0000-4e0a-8d43-0f6a9b7e1c25' });
		expect(journal).toHaveLength(1);
		expect(error?.message).toBe('Точка не найдена.');
		expect(error?.description).toContain('pickup.place: Точка не найдена.');
		expect(error?.description).toContain('Broniboy answered HTTP 400');
		expect(error?.httpCode).toBe('400');
	});

	it('reports a blocked token (403) with the message and dev_err', async () => {
		const { error } = await runBroniboy(broniboy, { ...orderParameters, operation: 'verify' }, { appToken: SANDBOX_TOKENS.broniboyBlockedToken });
		expect(error?.message).toBe('Операция запрещена, переавторизуйтесь');
		expect(error?.description).toContain('Токен заблокирован.');
		expect(error?.httpCode).toBe('403');
	});

	it('retries a 429 and then succeeds', async () => {
		broniboy.sandbox.injectFault({
			fault: { kind: 'status', status: 429, body: { success: false, status_code: 429, error: { code: 7, message: 'Слишком много запросов.' } }, headers: { 'Retry-After': '0' } },
			path: '/orders/',
		});
		broniboy.store.seedB2bOrders(2);
		const { json, journal } = await runBroniboy(broniboy, { operation: 'getAll', resource: 'b2bOrder', returnAll: true });
		expect(journal.map((entry) => entry.status)).toEqual([429, 200]);
		expect(json).toHaveLength(2);
	});

	it('lists orders page by page (limit 100 / offset) with Return All', async () => {
		broniboy.store.seedB2bOrders(230);
		const { json, journal } = await runBroniboy(broniboy, { resource: 'b2bOrder', operation: 'getAll', returnAll: true });
		expect(journal.map((entry) => entry.query)).toEqual([
			{ limit: '100', offset: '0' },
			{ limit: '100', offset: '100' },
			{ limit: '100', offset: '200' },
		]);
		expect(json).toHaveLength(230);
		expect(json.map((order) => order.id)).toEqual(broniboy.store.b2bOrders.map((order) => order.id));
	});

	it('lists with a limit and filters by several IDs and states (repeated query keys)', async () => {
		const orders = broniboy.store.seedB2bOrders(9);
		const ids = [orders[0].id, orders[1].id, orders[3].id, orders[4].id] as string[];
		const { json, journal } = await runBroniboy(broniboy, {
			resource: 'b2bOrder',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
			filters: { orderIds: ids.join(', '), states: ['accepted', 'cooking'] },
		});
		expect(journal).toHaveLength(1);
		expect(journal[0].query).toEqual({ order_id: ids, states: ['accepted', 'cooking'], limit: '2', offset: '0' });
		expect(json.map((order) => order.id)).toEqual([orders[0].id, orders[1].id]);
	});

	it('cancels an order with a reason and comment', async () => {
		const [order] = broniboy.store.seedB2bOrders(1, ['accepted']);
		const { json, journal } = await runBroniboy(broniboy, {
			resource: 'b2bOrder',
			operation: 'cancel',
			orderId: order.id as string,
			reason: 'expensive',
			comment: 'Передумали.',
		});
		expect(journal[0]).toMatchObject({ method: 'POST', path: `/orders/${order.id as string}/cancel/`, body: { reason: 'expensive', comment: 'Передумали.' } });
		expect(json[0]).toMatchObject({ id: order.id, state: 'canceled' });
	});

	it('refuses a comment longer than 256 characters without sending anything', async () => {
		const [order] = broniboy.store.seedB2bOrders(1, ['accepted']);
		const { error, journal } = await runBroniboy(broniboy, {
			resource: 'b2bOrder',
			operation: 'cancel',
			orderId: order.id as string,
			reason: 'other',
			comment: 'x'.repeat(257),
		});
		expect(journal).toHaveLength(0);
		expect(error?.message).toContain('257 characters');
		expect(broniboy.store.b2bOrders[0].state).toBe('accepted');
	});

	it('keeps going with an error item per failed input when Continue On Fail is on', async () => {
		const [open, done] = broniboy.store.seedB2bOrders(2, ['accepted', 'finished']);
		const { json } = await runBroniboy(
			broniboy,
			{ resource: 'b2bOrder', operation: 'cancel', orderId: '={{ $json.id }}', reason: 'long_waiting', comment: '' },
			{ items: [{ id: open.id as string }, { id: done.id as string }], continueOnFail: true },
		);
		expect(json[0]).toMatchObject({ id: open.id, state: 'canceled' });
		expect(json[1]).toMatchObject({ error: 'Заказ нельзя отменить.' });
	});
});
