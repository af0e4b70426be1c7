import { newestFirst, readOrderList, type BotobotListedOrder } from '../../nodes/Botobot/helpers/orderList';
import { advanceOrders, readBotobotState, startBotobotState } from '../../nodes/Botobot/poll/orderWatch';

const order = (id: number, paid = false): BotobotListedOrder => ({ id, paid, mobile: '+380', email: '', goods: [] });

describe('readOrderList', () => {
	it('reads a list of orders (numeric ids, also as text) and the usual success envelope', () => {
		expect(readOrderList([{ id: 3, paid: true }, { id: '4' }])).toEqual({ ok: true, orders: [{ id: 3, paid: true }, { id: 4 }] });
		expect(readOrderList({ status: 'success', data: [{ id: 1 }] })).toEqual({ ok: true, orders: [{ id: 1 }] });
		expect(readOrderList([])).toEqual({ ok: true, orders: [] });
	});

	it.each([
		[undefined, 'an empty answer instead of a list of orders'],
		[{ status: 'success' }, 'an object with status instead of a list of orders'],
		['<html>', 'text ("<html>") instead of a list of orders'],
		[[{ id: 'x' }], 'a list whose entry 0 is not an order with a numeric id'],
		[[null], 'a list whose entry 0 is not an order with a numeric id'],
	])('refuses %p', (body, problem) => {
		expect(readOrderList(body)).toEqual({ ok: false, problem });
	});

	it('sorts newest first', () => {
		expect(newestFirst([order(2), order(9), order(5)]).map((entry) => entry.id)).toEqual([9, 5, 2]);
	});
});

describe('Botobot order watch', () => {
	it('starts from what exists and reports new and newly paid orders once', () => {
		const start = startBotobotState([order(1, true), order(2), order(3)]);
		expect(start).toEqual({ lastId: 3, unpaid: [2, 3] });
		const first = advanceOrders(start, [order(1, true), order(2, true), order(3), order(4), order(5, true)]);
		expect(first.newOrders.map((entry) => entry.id)).toEqual([4, 5]);
		expect(first.paidOrders.map((entry) => entry.id)).toEqual([2, 5]);
		expect(first.next).toEqual({ lastId: 5, unpaid: [3, 4] });
		const again = advanceOrders(first.next, [order(1, true), order(2, true), order(3), order(4), order(5, true)]);
		expect(again.newOrders).toEqual([]);
		expect(again.paidOrders).toEqual([]);
	});

	it('keeps watching an unpaid order the list stops showing, and bounds the memory', () => {
		const next = advanceOrders({ lastId: 10, unpaid: [7, 8] }, [order(8), order(9, true)]).next;
		expect(next.unpaid).toEqual([7, 8]);
		const bounded = startBotobotState(Array.from({ length: 10 }, (_, index) => order(index + 1)), 4);
		expect(bounded.unpaid).toEqual([7, 8, 9, 10]);
	});

	it('reads its state back defensively', () => {
		expect(readBotobotState({ lastId: 4, unpaid: [1, 'x', 2] })).toEqual({ lastId: 4, unpaid: [1, 2] });
		expect(readBotobotState({ unpaid: [] })).toBeUndefined();
		expect(readBotobotState(null)).toBeUndefined();
		expect(startBotobotState([])).toEqual({ lastId: 0, unpaid: [] });
	});
});
