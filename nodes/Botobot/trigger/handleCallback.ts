import type { IDataObject, IHookFunctions, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	deliveryHash,
	ipAllowed,
	MIN_SECRET_LENGTH,
	parseAllowList,
	secretMatches,
	seenBefore,
	type DeliveryMemory,
} from '../helpers/callbackGuard';
import {
	queryParameter,
	readCallback,
	type BotobotCallbackOrder,
	type CallbackRequest,
} from '../helpers/callbackPayload';
import { pairsFromQueryString, pairsFromValue } from '../helpers/bracketNotation';
import { SECRET_PARAMETER } from './properties';

type WebhookRequest = ReturnType<IWebhookFunctions['getRequestObject']>;

/** What n8n received, before any of its parsers: the raw query string and body text. */
function callbackRequestOf(req: WebhookRequest): CallbackRequest {
	const url = req.originalUrl ?? req.url;
	const queryStart = typeof url === 'string' ? url.indexOf('?') : -1;
	const rawBody = req.rawBody as Buffer | string | undefined;
	return {
		method: req.method,
		contentType: req.headers['content-type'],
		rawQuery: typeof url === 'string' ? (queryStart === -1 ? '' : url.slice(queryStart + 1)) : undefined,
		query: req.query,
		rawBody: rawBody === undefined ? undefined : rawBody.toString(),
		body: req.body,
	};
}

function rawRequestOf(req: WebhookRequest, request: CallbackRequest, hide: string[]): IDataObject {
	const pairs = request.rawQuery !== undefined ? pairsFromQueryString(request.rawQuery) : pairsFromValue(request.query);
	return {
		method: request.method,
		query: Object.fromEntries(pairs.map(([key, value]) => [key, hide.includes(key) ? '***' : value])),
		headers: req.headers as IDataObject,
		body: request.rawBody ?? '',
		ip: req.ip ?? req.socket?.remoteAddress ?? '',
	};
}

/**
 * Whether the order is in one of the chosen statuses. The documented new-order callback has no
 * status, so it counts as Created (0); a status that is not a number cannot be judged and passes.
 */
function inChosenStatus(order: BotobotCallbackOrder, statuses: number[]): boolean {
	if (statuses.length === 0) return true;
	const status = order.status ?? 0;
	return typeof status !== 'number' || statuses.includes(status);
}

/** Checks the protection settings when the workflow is activated, so mistakes show there, not as 401s later. */
export function checkTriggerSettings(this: IHookFunctions): void {
	const protection = this.getNodeParameter('protection', 'urlSecret') as string;
	const secret = this.getNodeParameter('secret', '') as string;
	if (protection === 'urlSecret' && secret.length < MIN_SECRET_LENGTH) {
		throw new NodeOperationError(this.getNode(), `The secret must be at least ${MIN_SECRET_LENGTH} characters long`, {
			description: 'Use a long random text, e.g. from a password generator, and add it to the URL in Botobot.',
		});
	}
	const { invalid } = parseAllowList(String((this.getNodeParameter('options', {}) as IDataObject).allowedIps ?? ''));
	if (invalid.length > 0) {
		throw new NodeOperationError(this.getNode(), `Not an IP address or range: ${invalid.join(', ')}`);
	}
}

/**
 * One callback from Botobot: checks it and starts the workflow with one item per order. Accepted
 * requests are answered at once with 200 and a small JSON body (n8n sends `webhookResponse` in the
 * "onReceived" mode before the workflow runs); refusals are answered here with their own status.
 */
export async function handleCallback(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const req = this.getRequestObject();
	const refuse = (status: number, message: string): IWebhookResponseData => {
		this.getResponseObject().status(status).json({ status: 'fail', message });
		return { noWebhookResponse: true };
	};
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const protection = this.getNodeParameter('protection', 'urlSecret') as string;
	const request = callbackRequestOf(req);

	if (!ipAllowed(req.ip ?? req.socket?.remoteAddress, String(options.allowedIps ?? ''))) {
		return refuse(403, 'This address may not send callbacks');
	}
	const hidden = protection === 'urlSecret' ? [SECRET_PARAMETER] : [];
	if (protection === 'urlSecret') {
		const secret = this.getNodeParameter('secret', '') as string;
		if (!secretMatches(queryParameter(request, SECRET_PARAMETER), secret)) {
			return refuse(401, 'Wrong or missing secret');
		}
	}
	const reading = readCallback(request, hidden);
	if (!reading.ok) return refuse(400, reading.reason);

	let orders = reading.orders.filter((order) => inChosenStatus(order, (options.onlyStatuses as number[]) ?? []));
	// A test run should react to every request, however often the same sample is sent.
	if (this.getNodeParameter('ignoreRepeats', true) && this.getMode() !== 'manual') {
		const memory = this.getWorkflowStaticData('node') as DeliveryMemory;
		orders = orders.filter((order) => !seenBefore(memory, deliveryHash(order), Date.now()));
	}
	if (orders.length === 0) {
		return { webhookResponse: { status: 'success', started: false, ignored: reading.orders.length } };
	}
	const raw = options.includeRawRequest ? { rawRequest: rawRequestOf(req, request, hidden) } : {};
	return {
		webhookResponse: { status: 'success', started: true, orders: orders.length },
		workflowData: [orders.map((order) => ({ json: { ...order, ...raw } as IDataObject }))],
	};
}
