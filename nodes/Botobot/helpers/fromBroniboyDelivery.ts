/**
 * The Botobot status update a Broniboy delivery asks for: the Botobot order from the delivery
 * reference in the drop-off comment (Broniboy B2B Order → Create "From a KeyCRM Order" writes it),
 * the status from the user's state → status table. Pure.
 */
import { readDeliveryReference } from '../../shared/handover/deliveryReference';

export interface StateStatus {
	state: string;
	status: number;
}

/** The table's defaults: on the way → Sent, finished → Delivered, canceled → Cancelled. */
export const DEFAULT_STATE_STATUSES: StateStatus[] = [
	{ state: 'on_way', status: 70 },
	{ state: 'finished', status: 80 },
	{ state: 'canceled', status: 30 },
];

export type DeliveryStatusUpdate =
	| { ok: true; id: number; state: string; status: number }
	| { ok: true; id: number; state: string; status?: undefined }
	| { ok: false; problem: string };

const BRONIBOY_NODES = 'a Broniboy Trigger or Broniboy B2B Order → Get';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A trigger item carries the order in `data`; an order read with B2B Order → Get is the order itself. */
function deliveryOf(item: Record<string, unknown>): Record<string, unknown> {
	return isRecord(item.data) ? item.data : item;
}

function dropOffComments(delivery: Record<string, unknown>): unknown[] {
	const dropOffs = Array.isArray(delivery.drop_off) ? delivery.drop_off : isRecord(delivery.drop_off) ? [delivery.drop_off] : [];
	return [...dropOffs.filter(isRecord).map((dropOff) => dropOff.comment), delivery.comment];
}

/** `status` is undefined when the table has no row for the delivery's state: nothing is to change. */
export function statusUpdateFromBroniboyDelivery(item: Record<string, unknown>, table: StateStatus[]): DeliveryStatusUpdate {
	const delivery = deliveryOf(item);
	const state = typeof delivery.state === 'string' ? delivery.state.trim() : '';
	if (state === '') return { ok: false, problem: `The item has no \`data.state\` — connect ${BRONIBOY_NODES} before this node` };
	const botobotOrderId = dropOffComments(delivery)
		.map((comment) => readDeliveryReference(comment).botobotOrderId)
		.find((id) => id !== undefined);
	if (botobotOrderId === undefined) {
		return {
			ok: false,
			problem:
				'The delivery carries no Botobot order reference ("Botobot #<id>" in `data.drop_off[].comment`) — book it with Broniboy B2B Order → Create "From a KeyCRM Order", for a KeyCRM order that came from Botobot',
		};
	}
	const row = table.find((entry) => entry.state === state);
	return { ok: true, id: Number(botobotOrderId), state, status: row?.status };
}
