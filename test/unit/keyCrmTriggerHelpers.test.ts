import {
	changedRecords,
	keyCrmTime,
	keyCrmTimeMs,
	pollRange,
	readStatusMemory,
	startingWatermark,
} from '../../nodes/KeyCrm/poll/pollWindow';
import {
	filterNeedsRecord,
	readWebhookEvent,
	recordKindOf,
	unwantedReason,
	webhookDeliveryKey,
	type StatusFilters,
} from '../../nodes/KeyCrm/helpers/webhookEvent';

const noFilters: StatusFilters = { events: ['*'], orderStatusIds: [], paymentStatuses: [], cardStatusIds: [] };

describe('readWebhookEvent', () => {
	const context = { id: 5, status_id: 2, status_changed_at: '2026-11-20 10:00:00', source_uuid: 'A-1', unknown: { deep: [1] } };

	it('reads the documented POST body and keeps the context whole', () => {
		expect(readWebhookEvent({ method: 'POST', body: { event: 'order.change_order_status', context }, query: {} })).toEqual({
			ok: true,
			event: 'order.change_order_status',
			context,
		});
	});

	it('reads the raw body when the parsed one is missing (a text/plain POST)', () => {
		const rawBody = JSON.stringify({ event: 'lead.change_lead_status', context: { id: 3 } });
		expect(readWebhookEvent({ method: 'POST', body: rawBody, rawBody, query: {} })).toMatchObject({ ok: true, context: { id: 3 } });
	});

	it('reads a GET query in each plausible shape', () => {
		const read = (query: unknown) => readWebhookEvent({ method: 'GET', body: {}, query });
		expect(read({ event: 'order.change_order_status', context: { id: '5' } })).toMatchObject({ ok: true, context: { id: '5' } });
		expect(read({ event: 'order.change_order_status', 'context[id]': '5', 'context[status_id]': '2' })).toMatchObject({ context: { id: '5', status_id: '2' } });
		expect(read({ event: 'order.change_order_status', context: '{"id":5}' })).toMatchObject({ context: { id: 5 } });
		expect(read({ event: 'order.change_order_status', id: '5', status_id: '2', secret: 'hidden' })).toEqual({
			ok: true,
			event: 'order.change_order_status',
			context: { id: '5', status_id: '2' },
		});
	});

	it('refuses what is not a KeyCRM webhook', () => {
		expect(readWebhookEvent({ method: 'POST', body: { context }, query: {} }).ok).toBe(false);
		expect(readWebhookEvent({ method: 'POST', body: { event: 'order.change_order_status' }, query: {} }).ok).toBe(false);
		expect(readWebhookEvent({ method: 'GET', body: {}, query: {} }).ok).toBe(false);
		expect(readWebhookEvent({ method: 'POST', body: '{"event": broken', rawBody: '{"event": broken', query: {} }).ok).toBe(false);
	});
});

describe('webhook filters and repeat keys', () => {
	it('tells the record kind from the event', () => {
		expect([recordKindOf('order.change_payment_status'), recordKindOf('lead.change_lead_status'), recordKindOf('task.created')]).toEqual(['order', 'card', undefined]);
	});

	it('checks events and statuses; a field the context lacks is not judged', () => {
		const filters = { ...noFilters, events: ['order.change_order_status'], orderStatusIds: [2], paymentStatuses: ['paid'] };
		expect(unwantedReason('order.change_payment_status', {}, filters)).toMatch(/not selected/);
		expect(unwantedReason('order.change_order_status', { status_id: 3 }, filters)).toMatch(/order status 3/);
		expect(unwantedReason('order.change_order_status', { status_id: '2', payment_status: 'not_paid' }, filters)).toMatch(/payment status/);
		expect(unwantedReason('order.change_order_status', { status_id: 2 }, filters)).toBeUndefined();
		expect(unwantedReason('lead.change_lead_status', { status_id: 9 }, { ...noFilters, cardStatusIds: ['9'] })).toBeUndefined();
		expect(filterNeedsRecord('order.change_order_status', { status_id: 2 }, filters)).toBe(true);
		expect(filterNeedsRecord('order.change_order_status', { status_id: 2, payment_status: 'paid' }, filters)).toBe(false);
		expect(filterNeedsRecord('lead.change_lead_status', {}, noFilters)).toBe(false);
	});

	it('keys a delivery by event, record, status and time', () => {
		const base = { id: 5, status_id: 2, status_changed_at: '2026-11-20 10:00:00', comment: 'x' };
		const key = webhookDeliveryKey('order.change_order_status', base);
		expect(webhookDeliveryKey('order.change_order_status', { ...base, comment: 'y' })).toBe(key);
		expect(webhookDeliveryKey('order.change_payment_status', base)).not.toBe(key);
		expect(webhookDeliveryKey('order.change_order_status', { ...base, status_id: 3 })).not.toBe(key);
		expect(webhookDeliveryKey('order.change_order_status', { ...base, status_changed_at: '2026-11-20 10:00:01' })).not.toBe(key);
		expect(webhookDeliveryKey('order.change_order_status', { id: 5 })).not.toBe(webhookDeliveryKey('order.change_order_status', { id: 5, note: 1 }));
	});
});

describe('poll windows', () => {
	it('reads and writes KeyCRM times in UTC', () => {
		expect(keyCrmTimeMs('2026-11-20 10:00:07')).toBe(Date.UTC(2026, 10, 20, 10, 0, 7));
		expect(keyCrmTimeMs('2026-11-20T10:00:07.000000Z')).toBe(Date.UTC(2026, 10, 20, 10, 0, 7));
		expect([keyCrmTimeMs('yesterday'), keyCrmTimeMs(undefined), keyCrmTimeMs('2026-13-40 10:00:00')]).toEqual([undefined, undefined, undefined]);
		expect(keyCrmTime(Date.UTC(2026, 0, 2, 3, 4, 5, 678))).toBe('2026-01-02 03:04:05');
	});

	it('asks from the watermark second to a day past now; starts at this second', () => {
		const now = Date.UTC(2026, 10, 20, 10, 0, 7, 500);
		expect(startingWatermark(now)).toEqual({ sinceMs: Date.UTC(2026, 10, 20, 10, 0, 7), keysAtSince: [] });
		expect(pollRange({ sinceMs: Date.UTC(2026, 10, 20, 9, 0, 0), keysAtSince: [] }, now)).toBe('2026-11-20 09:00:00, 2026-11-21 10:00:07');
	});
});

describe('changedRecords', () => {
	const rules = { fields: ['status_id'], changedAtOf: (row: Record<string, unknown>) => keyCrmTimeMs(row.status_changed_at), sinceMs: Date.UTC(2026, 0, 1) };

	it('counts a remembered record when a watched field differs, an unknown one when its change time is new', () => {
		const memory = { '1': ['1', 10] as [string, number] };
		const records = [
			{ id: 1, status_id: 2 },
			{ id: 2, status_id: 1, status_changed_at: '2026-02-01 00:00:00' },
			{ id: 3, status_id: 1, status_changed_at: '2025-02-01 00:00:00' },
		];
		const { changed, memory: next } = changedRecords(records, memory, rules, 99);
		expect(changed.map((row) => row.id)).toEqual([1, 2]);
		expect(next).toEqual({ '1': ['2', 99], '2': ['1', 99], '3': ['1', 99] });
		expect(changedRecords([{ id: 3, status_id: 1 }], next, rules, 100).changed).toEqual([]);
	});

	it('keeps only the most recently seen records', () => {
		const memory = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [String(i), ['1', i] as [string, number]]));
		const { memory: next } = changedRecords([{ id: 'new', status_id: 1 }], memory, rules, 50, 3);
		expect(Object.keys(next).sort()).toEqual(['3', '4', 'new']);
	});

	it('reads back only well-formed memory', () => {
		expect(readStatusMemory({ a: ['1', 2], b: 'x', c: [1, 2] })).toEqual({ a: ['1', 2] });
		expect([readStatusMemory(null), readStatusMemory([1])]).toEqual([{}, {}]);
	});
});
