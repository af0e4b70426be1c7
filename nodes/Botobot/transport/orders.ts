import type { IDataObject } from 'n8n-workflow';

import { buildApiError } from '../../shared/http/apiError';
import { isRecord, stringOf } from '../../shared/http/envelope';
import { apiRequest, type RequestContext } from '../../shared/http/request';
import type { ApiResponse, ServiceProfile } from '../../shared/http/types';
import { readOrderList, type BotobotListedOrder } from '../helpers/orderList';
import { botobotProfile } from './profile';

export const UNDOCUMENTED_ORDERS_NOTICE =
	"Based on Botobot's undocumented GET /orders (the API token sent as an Authorization: Bearer header), seen in a public client used in production. Botobot may change or remove it without notice: any answer that is not a list of orders stops with an error.";

/**
 * The list answers a bare JSON list, not the documented methods' `{"status": …}`: only a refusal
 * (an HTTP error, a "fail" body) is read here; whether a 2xx answer is a list of orders is decided
 * below, so an unexpected one is an error too.
 */
const ordersProfile: ServiceProfile = {
	...botobotProfile,
	failureOf({ statusCode, body }) {
		if (isRecord(body) && body.status === 'fail') return { message: stringOf(body.message) ?? 'Botobot refused the request' };
		if (statusCode >= 400) return { message: (isRecord(body) && stringOf(body.message)) || `Botobot answered HTTP ${statusCode}` };
		return undefined;
	},
};

/**
 * Botobot's undocumented order list. The token goes in a Bearer header (the credential then leaves
 * the URL without it); an answer that is not a list of orders is an error, never an empty result.
 */
export async function listBotobotOrders(this: RequestContext, itemIndex = 0): Promise<BotobotListedOrder[]> {
	const response = (await apiRequest.call(
		this,
		ordersProfile,
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
