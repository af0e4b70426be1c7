import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { rememberDelivery } from '../helpers/deliveryLog';
import { verifyBroniboyWebhook, type HeaderBag } from '../helpers/hmac';

const ALL_EVENTS = '*';

/** Why the order's state or courier state is not among the chosen ones, or undefined when it is. */
function unwantedState(data: unknown, options: IDataObject): string | undefined {
	const order = (typeof data === 'object' && data !== null ? data : {}) as IDataObject;
	for (const [option, field] of [['orderStates', 'state'], ['courierStates', 'courier_state']] as const) {
		const wanted = (options[option] as string[] | undefined) ?? [];
		if (wanted.length > 0 && !wanted.includes(String(order[field]))) return `${field} "${String(order[field])}" is not selected`;
	}
	return undefined;
}

function answer(context: IWebhookFunctions, status: number, body: IDataObject): IWebhookResponseData {
	context.getResponseObject().status(status).json(body);
	return { noWebhookResponse: true };
}

/**
 * One Broniboy delivery: verify the signature over the raw body, drop repeats and unwanted events
 * with a 200 (anything else makes Broniboy retry), and start one execution for the rest.
 */
export async function handleBroniboyWebhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const request = this.getRequestObject();
	const credentials = await this.getCredentials('broniboyWebhookApi');
	const headers = request.headers as HeaderBag;
	const verdict = verifyBroniboyWebhook(request.rawBody, headers, String(credentials.secret ?? ''));
	if (!verdict.ok) return answer(this, verdict.status, { error: verdict.reason });

	const events = this.getNodeParameter('events', []) as string[];
	if (events.length > 0 && !events.includes(ALL_EVENTS) && !events.includes(verdict.event)) {
		return answer(this, 200, { received: true, ignored: `event "${verdict.event}" is not selected` });
	}
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const unwanted = unwantedState(verdict.data, options);
	if (unwanted) return answer(this, 200, { received: true, ignored: unwanted });
	if (verdict.deliveryId && !rememberDelivery(this.getWorkflowStaticData('node'), verdict.deliveryId)) {
		return answer(this, 200, { received: true, duplicate: true });
	}

	const json: IDataObject = { event: verdict.event, deliveryId: verdict.deliveryId, data: verdict.data as IDataObject };
	if (options.includeHeaders) json.headers = request.headers as IDataObject;
	return { workflowData: [this.helpers.returnJsonArray(json)], webhookResponse: { received: true } };
}
