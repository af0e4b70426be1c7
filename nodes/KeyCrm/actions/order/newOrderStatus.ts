import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { idOf } from '../../helpers/compact';
import { keyCrmRequest } from '../../transport';
import { BOTOBOT_ORDER_MODE, botobotOptions } from './fields/botobotPreset';

/**
 * KeyCRM's create takes no status (its schema has none): the preset's chosen status is set right
 * after, with the update (`PUT`, safe to repeat). Without a chosen status the new order is returned as it is.
 */
export async function applyPresetStatus(context: IExecuteFunctions, order: IDataObject, itemIndex: number): Promise<IDataObject> {
	if (context.getNodeParameter('inputMode', itemIndex, 'fields') !== BOTOBOT_ORDER_MODE) return order;
	const statusId = idOf(botobotOptions((name, fallback) => context.getNodeParameter(name, itemIndex, fallback)).orderStatusId);
	if (statusId === undefined || idOf(order.id) === undefined || idOf(order.status_id) === statusId) return order;
	const path = `/order/${encodeURIComponent(String(order.id))}`;
	return await keyCrmRequest.call(context, 'PUT', path, { body: { status_id: statusId } }, itemIndex);
}
