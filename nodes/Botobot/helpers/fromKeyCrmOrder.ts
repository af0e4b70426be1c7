/** The Botobot order a KeyCRM order came from: its `source_uuid`, as KeyCRM Order → Create "From a Botobot Order" writes it. Pure. */

export type OrderIdReading = { ok: true; id: number } | { ok: false; problem: string };

const KEYCRM_NODES = 'KeyCRM Order → Create (From a Botobot Order), Order → Get, a KeyCRM Trigger or KeyCRM Polling Trigger';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The KeyCRM order's `source_uuid`, also from a KeyCRM webhook item that carries the order in `context`. */
export function botobotOrderIdFromKeyCrmOrder(item: Record<string, unknown>): OrderIdReading {
	const raw = item.source_uuid ?? (isRecord(item.context) ? item.context.source_uuid : undefined);
	const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
	if (text === '') return { ok: false, problem: `The item has no \`source_uuid\` — connect ${KEYCRM_NODES} before this node` };
	if (!/^\d+$/.test(text) || Number(text) <= 0) {
		return { ok: false, problem: `The KeyCRM order's \`source_uuid\` "${text}" is not a Botobot order ID (a whole number): this order did not come from Botobot` };
	}
	return { ok: true, id: Number(text) };
}
