import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { deliveryKey } from '../../shared/trigger/webhook/deliveryKey';
import { accept, claimDelivery, refuse } from '../../shared/trigger/webhook/webhookContext';
import { prepareBroniboyDelivery, type HeaderBag } from './signature';
import { verifyWithWebhookSecret } from '../../shared/trigger/webhook/secretCache';
import { eventChosen } from '../../shared/trigger/webhook/events';

/** Why the order's state or courier state is not among the chosen ones, or undefined when it is. */
function unwantedState(data: unknown, options: IDataObject): string | undefined {
	const order = (typeof data === 'object' && data !== null ? data : {}) as IDataObject;
	for (const [option, field] of [['orderStates', 'state'], ['courierStates', 'courier_state']] as const) {
		const wanted = (options[option] as string[] | undefined) ?? [];
		if (wanted.length > 0 && !wanted.includes(String(order[field]))) return `${field} "${String(order[field])}" is not selected`;
	}
	return undefined;
}

/**
 * One Broniboy delivery: verify the signature over the raw body, drop unwanted events and repeats
 * with a 200 (anything else makes Broniboy retry), and start one execution for the rest.
 */
export async function handleBroniboyWebhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const request = this.getRequestObject();
	const events = this.getNodeParameter('events', []) as string[];
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const headers = request.headers as HeaderBag;
	// Built once per request: a second secret read (before a refusal) costs only the HMACs again.
	const prepared = prepareBroniboyDelivery(request.rawBody, headers);
	if (!prepared.ok) return refuse.call(this, prepared.status, { error: prepared.reason });
	const verdict = (await verifyWithWebhookSecret(this, 'broniboyWebhookApi', 'secret', (secret) => prepared.check(secret))) ?? prepared.check('');
	if (!verdict.ok) return refuse.call(this, verdict.status, { error: verdict.reason });

	if (!eventChosen(events, verdict.event)) {
		return refuse.call(this, 200, { received: true, ignored: `event "${verdict.event}" is not selected` });
	}
	const unwanted = unwantedState(verdict.data, options);
	if (unwanted) return refuse.call(this, 200, { received: true, ignored: unwanted });
	// A repeat is one whose Hook-Delivery (Broniboy's idempotency id, kept as is, as earlier versions
	// stored it) OR whose signed data + event was seen: neither the id nor the event is signed, so a
	// captured delivery replayed under a fresh id is still known by what was signed.
	const keys = [deliveryKey('content', verdict.event, prepared.signedText(verdict.signatureFormat) ?? JSON.stringify(verdict.data))];
	if (verdict.deliveryId) keys.unshift(deliveryKey(verdict.deliveryId));
	// A test run reacts to every request, however often the same sample is sent.
	if (this.getMode() !== 'manual' && !claimDelivery.call(this, keys)) {
		return refuse.call(this, 200, { received: true, duplicate: true });
	}

	const json: IDataObject = {
		event: verdict.event,
		deliveryId: verdict.deliveryId,
		signatureFormat: verdict.signatureFormat,
		data: verdict.data as IDataObject,
	};
	if (options.includeHeaders) json.headers = request.headers as IDataObject;
	return accept.call(this, { received: true }, [this.helpers.returnJsonArray(json)]);
}
