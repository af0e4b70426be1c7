import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { recordLock } from '../../../shared/execute/keyedLock';
import type { Fields } from '../../helpers/compact';
import { keyCrmRequest } from '../../transport';

export const IF_SOURCE_UUID_EXISTS = 'ifSourceUuidExists';

export const ifSourceUuidExistsField: INodeProperties = {
	displayName: 'If an Order With This Source UUID Exists',
	name: IF_SOURCE_UUID_EXISTS,
	type: 'options',
	options: [
		{
			name: 'Return It',
			value: 'returnIt',
			description: 'Look the order up by its source and its order number in the source first, and return it instead of creating a second',
		},
		{
			name: 'Create Another',
			value: 'createAnother',
			description: 'Always create a new order, even when one with the same order number in the source exists',
		},
	],
	default: 'returnIt',
	description:
		'Used when the order has an order number in the source (source_uuid): with Return It, running the same order twice (a retried execution, a repeated delivery) gives the first KeyCRM order back',
};

/**
 * The first (oldest) order with this order number in the source (of this source, when given), or
 * undefined: what Return It gives back, and the order a later step of the same sale finds.
 */
export async function findOrderBySourceUuid(
	context: IExecuteFunctions,
	sourceUuid: string,
	sourceId: unknown,
	itemIndex: number,
): Promise<IDataObject | undefined> {
	const qs: IDataObject = { 'filter[source_uuid]': sourceUuid, sort: 'id', limit: 1 };
	if (sourceId !== undefined) qs['filter[source_id]'] = String(sourceId);
	const answer = await keyCrmRequest.call(context, 'GET', '/order', { qs, resend: 'safe' }, itemIndex);
	const first = Array.isArray(answer.data) ? (answer.data[0] as unknown) : undefined;
	return first !== null && typeof first === 'object' ? (first as IDataObject) : undefined;
}

/** The order, and whether this run created it (also when the create's answer was lost) or found it. */
export interface OrderOnce {
	order: IDataObject;
	created: boolean;
}

/**
 * Creates the order, unless Return It is chosen and KeyCRM already has one with this source and
 * source UUID: then that order is the answer. Executions of this process with the same source UUID
 * take turns, so a burst of copies creates one order; after an uncertain failure the same lookup
 * tells whether the order was made before it is sent again.
 */
export async function createOrderOnce(context: IExecuteFunctions, body: Fields, itemIndex: number): Promise<OrderOnce> {
	const sourceUuid = typeof body.source_uuid === 'string' || typeof body.source_uuid === 'number' ? String(body.source_uuid).trim() : '';
	const returnExisting = context.getNodeParameter(IF_SOURCE_UUID_EXISTS, itemIndex, 'returnIt') === 'returnIt';
	if (sourceUuid === '' || !returnExisting) return { order: await keyCrmRequest.call(context, 'POST', '/order', { body }, itemIndex), created: true };

	const credential = context.getNode().credentials?.keyCrmApi?.id ?? 'unsaved';
	const key = `keyCrm|${credential}|order|${String(body.source_id ?? '')}|${sourceUuid}`;
	return await recordLock.run(key, async () => {
		const find = async () => await findOrderBySourceUuid(context, sourceUuid, body.source_id, itemIndex);
		const existing = await find();
		if (existing) return { order: existing, created: false };
		return { order: await keyCrmRequest.call(context, 'POST', '/order', { body, verify: find }, itemIndex), created: true };
	});
}
