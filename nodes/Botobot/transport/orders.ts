import type { IDataObject } from 'n8n-workflow';

import { buildApiError } from '../../shared/http/apiError';
import { apiRequest, type RequestContext } from '../../shared/http/request';
import type { ApiResponse } from '../../shared/http/types';
import { readOrderList, type BotobotListedOrder } from '../helpers/orderList';
import { botobotProfile } from './profile';

export const UNDOCUMENTED_ORDERS_NOTICE =
	"Based on Botobot's undocumented GET /orders (Authorization: Bearer <token>), seen in a public client used in production. Botobot may change or remove it without notice: any answer that is not a list of orders stops with an error.";

/**
 * Botobot's undocumented order list. The token goes in a Bearer header (the credential then leaves
 * the URL without it); an answer that is not a list of orders is an error, never an empty result.
 */
export async function listBotobotOrders(this: RequestContext, itemIndex = 0): Promise<BotobotListedOrder[]> {
	const response = (await apiRequest.call(
		this,
		botobotProfile,
		{ method: 'GET', path: '/orders', bearerFrom: 'token', fullResponse: true },
		itemIndex,
	)) as ApiResponse;
	const verdict = readOrderList(response.body);
	if (verdict.ok) return verdict.orders;
	const credentials = await this.getCredentials(botobotProfile.credentialType);
	throw buildApiError({
		node: this.getNode(),
		service: 'Botobot',
		failure: { message: `Botobot answered GET /orders with ${verdict.problem}` },
		statusCode: response.statusCode,
		secrets: [String(credentials.token ?? '')].filter((secret) => secret !== ''),
		itemIndex,
		hint: 'GET /orders is not part of Botobot\'s documented API; it may have changed. See docs/botobot.md ("Undocumented: GET /orders").',
	});
}

export const asItems = (orders: BotobotListedOrder[]) => orders as unknown as IDataObject[];
