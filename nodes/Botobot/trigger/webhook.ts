import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { redactValue } from '../../shared/http/redact';
import { rawBodyText } from '../../shared/trigger/webhook/rawBody';
import { bodySizeProblem } from '../../shared/trigger/webhook/jsonDepth';
import { fullRawQuery } from '../../shared/trigger/webhook/urlSecret';
import { verifyUrlSecret } from '../../shared/trigger/webhook/verifyUrlSecret';
import { accept, claimDelivery, refuse } from '../../shared/trigger/webhook/webhookContext';
import { deliveryHash, ipAllowed } from '../helpers/callbackGuard';
import { callbackQueryPairs, readCallback, type BotobotCallbackOrder, type CallbackRequest } from '../helpers/callbackPayload';
import { SECRET_PARAMETER, WEBHOOK_CREDENTIAL } from './properties';

type WebhookRequest = ReturnType<IWebhookFunctions['getRequestObject']>;

function urlOf(req: WebhookRequest): string | undefined {
	const url = req.originalUrl ?? req.url;
	return typeof url === 'string' ? url : undefined;
}

/**
 * What n8n received, before any of its parsers: the raw query string (with what a sender appended
 * to the path secret after a `&`) and body text.
 */
function callbackRequestOf(req: WebhookRequest, bodyText: string, pathSecret: string | undefined): CallbackRequest {
	const url = urlOf(req);
	return {
		method: req.method,
		contentType: req.headers['content-type'],
		rawQuery: url === undefined ? undefined : fullRawQuery({ pathSecret, url }),
		query: req.query,
		rawBody: bodyText,
		body: req.body,
	};
}

function rawRequestOf(req: WebhookRequest, request: CallbackRequest, hide: string[]): IDataObject {
	return {
		method: request.method,
		query: Object.fromEntries(callbackQueryPairs(request).map(([key, value]) => [key, hide.includes(key) ? '***' : value])),
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

/**
 * One callback from Botobot: checks it and starts the workflow with one item per new order. Accepted
 * requests are answered at once with 200 and a small JSON body (n8n sends `webhookResponse` in the
 * "onReceived" mode before the workflow runs); refusals are answered here with their own status.
 */
export async function handleCallback(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const req = this.getRequestObject();
	const fail = (status: number, message: string) => refuse.call(this, status, { status: 'fail', message });
	const protection = this.getNodeParameter('protection', 'urlSecret') as string;
	const ignoreRepeats = this.getNodeParameter('ignoreRepeats', true) as boolean;
	const options = this.getNodeParameter('options', {}) as IDataObject;

	if (!ipAllowed(req.ip ?? req.socket?.remoteAddress, String(options.allowedIps ?? ''))) {
		return fail(403, 'This address may not send callbacks');
	}
	const hidden = protection === 'urlSecret' ? [SECRET_PARAMETER] : [];
	const pathValue = (this.getParamsData() as IDataObject | undefined)?.[SECRET_PARAMETER];
	const pathSecret = typeof pathValue === 'string' ? pathValue : undefined;
	const secrets: string[] = [];
	if (protection === 'urlSecret') {
		if (!this.getNode().credentials?.[WEBHOOK_CREDENTIAL]) return fail(500, 'The trigger has no Botobot Webhook API credential');
		const secret = await verifyUrlSecret(this, WEBHOOK_CREDENTIAL, { pathSecret, url: urlOf(req) });
		if (secret === undefined) return fail(401, 'Wrong or missing secret');
		secrets.push(secret);
	}
	const tooLarge = bodySizeProblem(req.rawBody);
	if (tooLarge) return fail(413, tooLarge);
	const body = rawBodyText(req.rawBody);
	if (!body.ok) return fail(400, body.reason);
	const request = callbackRequestOf(req, body.text, protection === 'urlSecret' ? pathSecret : undefined);
	const reading = readCallback(request, hidden);
	if (!reading.ok) return fail(400, reading.reason);

	let orders = reading.orders.filter((order) => inChosenStatus(order, (options.onlyStatuses as number[]) ?? []));
	// Last, after every check: only a delivery that would start the workflow is remembered. A test
	// run reacts to every request, however often the same sample is sent.
	if (ignoreRepeats && this.getMode() !== 'manual') {
		orders = orders.filter((order) => claimDelivery.call(this, deliveryHash(order)));
	}
	if (orders.length === 0) {
		return refuse.call(this, 200, { status: 'success', started: false, ignored: reading.orders.length });
	}
	const raw = options.includeRawRequest ? { rawRequest: rawRequestOf(req, request, hidden) } : {};
	// Whatever the sender put into the URL or the body, the secret never reaches the workflow.
	return accept.call(this, { status: 'success', started: true, orders: orders.length }, [
		orders.map((order) => ({ json: redactValue({ ...order, ...raw } as IDataObject, secrets) })),
	]);
}
