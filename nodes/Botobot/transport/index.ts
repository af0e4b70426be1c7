import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { isRecord } from '../../shared/http/envelope';
import { apiRequest } from '../../shared/http/request';
import { botobotProfile } from './profile';

export type BotobotMethod = 'updateOrderStatus' | 'paidOrder' | 'addTask' | 'removeTask' | 'getTask';

/** Calls one Botobot API method; the credential appends the token to the path. */
export async function botobotCall(
	this: IExecuteFunctions,
	method: BotobotMethod,
	params: IDataObject,
	itemIndex = 0,
): Promise<unknown> {
	return await apiRequest.call(this, botobotProfile, { method: 'POST', path: `/${method}`, body: params }, itemIndex);
}

/**
 * Botobot documents `data` as a PHP "array": usually a JSON object, but a list holding one object is
 * read the same way.
 */
export function dataRecord(data: unknown): IDataObject {
	const record = Array.isArray(data) ? data[0] : data;
	return isRecord(record) ? (record as IDataObject) : {};
}
