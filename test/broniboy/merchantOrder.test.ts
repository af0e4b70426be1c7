import { PLACE_LENINA } from '../../sandboxes/broniboy/store';
import { useBroniboySandbox } from '../support/sandboxes';
import { runBroniboy } from './run';

describe('Broniboy merchant orders', () => {
	const broniboy = useBroniboySandbox();

	it('gets the details of an order', async () => {
		const order = broniboy.store.merchantOrders[1];
		const { json, journal } = await runBroniboy(broniboy, { resource: 'merchantOrder', operation: 'get', orderId: order.id as string });
		expect(journal[0]).toMatchObject({ method: 'GET', path: `/merchant-orders/${order.id as string}/` });
		expect(json).toEqual([order]);
	});

	it('lists active orders', async () => {
		const { json, journal } = await runBroniboy(broniboy, { resource: 'merchantOrder', operation: 'getAll', state: 'active' });
		expect(journal[0]).toMatchObject({ method: 'GET', path: '/merchant-orders/list/active/', query: {} });
		expect(json.map((order) => order.number)).toEqual(['101', '102']);
	});

	it('lists the history filtered by dates and place', async () => {
		const { json, journal } = await runBroniboy(broniboy, {
			resource: 'merchantOrder',
			operation: 'getAll',
			state: 'history',
			filters: { dateAfter: '2026-11-01T00:00:00', dateBefore: '2026-11-11', placeId: PLACE_LENINA },
		});
		expect(journal[0]).toMatchObject({
			path: '/merchant-orders/list/history/',
			query: { date_after: '2026-11-01', date_before: '2026-11-11', place: PLACE_LENINA },
		});
		expect(json.map((order) => order.number)).toEqual(['103']);
	});
});
