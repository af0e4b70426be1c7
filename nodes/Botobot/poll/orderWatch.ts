/**
 * What the Botobot Poll Trigger remembers between polls, and what a new order list holds that was
 * not delivered yet. Pure: no n8n imports.
 *
 * - New orders: ids above the floor not delivered within the lookback window (Botobot numbers
 *   orders upwards, but an order may show up in the list after a higher one).
 * - Orders that became paid: an order seen unpaid before, or one that is new since the last poll,
 *   that is now `paid: true`. The unpaid ids are kept in static data, bounded to the newest
 *   MAX_UNPAID (an order older than that, still unpaid, is no longer watched).
 */
import { newInIdWindow, type LookbackMemory } from '../../shared/trigger/poll/lookback';
import type { BotobotListedOrder } from '../helpers/orderList';

export const MAX_UNPAID = 2000;

export interface BotobotPollState {
	/** Highest order id seen; 0 when there was no order yet. */
	lastId: number;
	/** Ids seen unpaid, newest last. */
	unpaid: number[];
}

export function readBotobotState(value: unknown): BotobotPollState | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const { lastId, unpaid } = value as Partial<BotobotPollState>;
	if (typeof lastId !== 'number' || !Number.isFinite(lastId)) return undefined;
	return { lastId, unpaid: Array.isArray(unpaid) ? unpaid.filter((id) => typeof id === 'number') : [] };
}

const isPaid = (order: BotobotListedOrder) => order.paid === true;

function unpaidIds(orders: BotobotListedOrder[], limit: number): number[] {
	return [...new Set(orders.filter((order) => !isPaid(order)).map((order) => order.id))].sort((a, b) => a - b).slice(-limit);
}

/** First poll: everything listed counts as seen; the unpaid orders are watched from now on. */
export function startBotobotState(orders: BotobotListedOrder[], limit = MAX_UNPAID): BotobotPollState {
	return { lastId: Math.max(0, ...orders.map((order) => order.id)), unpaid: unpaidIds(orders, limit) };
}

export interface OrderChanges {
	/** Orders not delivered before, oldest first. */
	newOrders: BotobotListedOrder[];
	/** Orders paid since the last poll, oldest first. */
	paidOrders: BotobotListedOrder[];
	next: BotobotPollState;
	/** The lookback window's memory after this poll. */
	memory: LookbackMemory;
}

export interface OrderWindow {
	memory: LookbackMemory;
	lookbackMs: number;
	nowMs: number;
}

const NO_WINDOW: OrderWindow = { memory: { recent: [] }, lookbackMs: 0, nowMs: 0 };

export function advanceOrders(state: BotobotPollState, orders: BotobotListedOrder[], limit = MAX_UNPAID, window = NO_WINDOW): OrderChanges {
	const byId = new Map<number, BotobotListedOrder>();
	for (const order of orders) if (!byId.has(order.id)) byId.set(order.id, order);
	const listed = [...byId.values()].sort((a, b) => a.id - b.id);
	const watched = new Set(state.unpaid);
	const fresh = newInIdWindow(listed, { lastId: String(state.lastId), memory: window.memory }, (order) => String(order.id), window);
	const newOrders = fresh.fresh;
	const newIds = new Set(newOrders.map((order) => order.id));
	const paidOrders = listed.filter((order) => isPaid(order) && (watched.has(order.id) || newIds.has(order.id)));
	const paidNow = new Set(paidOrders.map((order) => order.id));
	// Still unpaid: what the list shows unpaid, plus watched ids the list no longer shows.
	const stillWatched = state.unpaid.filter((id) => !paidNow.has(id) && !byId.has(id));
	const unpaid = [...new Set([...stillWatched, ...unpaidIds(listed, limit)])].sort((a, b) => a - b).slice(-limit);
	return {
		newOrders,
		paidOrders,
		next: { lastId: Math.max(state.lastId, ...listed.map((order) => order.id)), unpaid },
		memory: fresh.memory,
	};
}
