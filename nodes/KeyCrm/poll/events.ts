/**
 * What each event of the KeyCRM polling trigger reads: data, not logic repeated per event. Only
 * what KeyCRM's OpenAPI 1.2.0 documents is used: `filter[created_between]` / `filter[updated_between]`
 * on the lists, `sort=-id` on orders (cards and buyers document no sort, so none is sent). On orders
 * `created_between` selects by `ordered_at`, the order time at its source ("При використанні фільтра
 * по даті створення, вибірка робиться по цьому параметру"), which imports and shops set in the past:
 * new orders are read newest id first instead (readWindow.ts).
 */
import { keyCrmTimeMs, type StatusChangeRules } from './pollWindow';

type Row = Record<string, unknown>;

export type PollEventName = 'orderCreated' | 'orderUpdated' | 'buyerCreated' | 'cardCreated' | 'cardCreatedOrMoved';

export type OrderChange = 'any' | 'status' | 'paymentStatus' | 'statusOrPayment';

export interface PollEvent {
	path: string;
	/** The record time the watermark follows. */
	timeField: 'created_at' | 'updated_at';
	/** The range filter that selects by `timeField`; none: read newest id first down to the window. */
	rangeFilter?: 'created_between' | 'updated_between';
	/** `sort` for the newest record (manual test run), when the list documents one. */
	newestSort?: string;
	/** Which status changes count, when the event is about them. */
	watch?(change: OrderChange, sinceMs: number): StatusChangeRules | undefined;
	/** A relation the watch needs in every record. */
	watchInclude?(change: OrderChange): string | undefined;
}

const latest = (values: Array<number | undefined>): number | undefined => {
	const known = values.filter((value): value is number => value !== undefined);
	return known.length > 0 ? Math.max(...known) : undefined;
};

/** When a payment of the order was last added or changed: KeyCRM has no "payment status changed at". */
function paymentChangedAt(order: Row): number | undefined {
	const payments = Array.isArray(order.payments) ? (order.payments as Row[]) : [];
	return latest(payments.flatMap((payment) => [keyCrmTimeMs(payment.created_at), keyCrmTimeMs(payment.updated_at)]));
}

function orderWatch(change: OrderChange, sinceMs: number): StatusChangeRules | undefined {
	if (change === 'any') return undefined;
	const status = change === 'status' || change === 'statusOrPayment';
	const payment = change === 'paymentStatus' || change === 'statusOrPayment';
	return {
		fields: [...(status ? ['status_id'] : []), ...(payment ? ['payment_status'] : [])],
		changedAtOf: (order) =>
			latest([status ? keyCrmTimeMs(order.status_changed_at) : undefined, payment ? paymentChangedAt(order) : undefined]),
		sinceMs,
	};
}

export const POLL_EVENTS: Record<PollEventName, PollEvent> = {
	orderCreated: { path: '/order', timeField: 'created_at', newestSort: '-id' },
	orderUpdated: {
		path: '/order',
		timeField: 'updated_at',
		rangeFilter: 'updated_between',
		newestSort: '-id',
		watch: orderWatch,
		watchInclude: (change) => (change === 'paymentStatus' || change === 'statusOrPayment' ? 'payments' : undefined),
	},
	buyerCreated: { path: '/buyer', timeField: 'created_at', rangeFilter: 'created_between' },
	cardCreated: { path: '/pipelines/cards', timeField: 'created_at', rangeFilter: 'created_between' },
	cardCreatedOrMoved: {
		path: '/pipelines/cards',
		timeField: 'updated_at',
		rangeFilter: 'updated_between',
		watch: (_change, sinceMs) => ({
			fields: ['status_id'],
			changedAtOf: (card) => latest([keyCrmTimeMs(card.created_at), keyCrmTimeMs(card.status_changed_at)]),
			sinceMs,
		}),
	},
};

/** A delivered record: by id for new records, by id and version for changed ones. */
export function recordKey(event: PollEvent, record: Row): string {
	return event.timeField === 'created_at' ? String(record.id) : `${String(record.id)}@${String(record.updated_at)}`;
}
