import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { accept, claimDelivery, refuse } from '../../shared/trigger/webhook/webhookContext';
import { bodySizeProblem } from '../../shared/trigger/webhook/jsonDepth';
import { rawBodyText } from '../../shared/trigger/webhook/rawBody';
import { readReviewWebhook } from './reviewDelivery';
import { verifyWithWebhookSecret } from '../../shared/trigger/webhook/secretCache';
import { eventChosen } from '../../shared/trigger/webhook/events';

function bodyOf(context: IWebhookFunctions): unknown {
	const body = context.getBodyData();
	if (body && Object.keys(body).length > 0) return body;
	// Sent without a JSON content type, n8n leaves the body unparsed: read the raw bytes.
	const raw = context.getRequestObject().rawBody;
	return raw ? raw.toString('utf8') : body;
}

/**
 * One Aplaut delivery: the body's secret against the credential (401, no execution, when wrong or
 * missing), unselected events and repeats acknowledged with a 200 and dropped, one execution for
 * the rest — without the secret.
 */
export async function handleAplautWebhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const { rawBody } = this.getRequestObject();
	const tooLarge = bodySizeProblem(rawBody);
	if (tooLarge) return refuse.call(this, 413, { error: tooLarge });
	// n8n's parser turns invalid UTF-8 into U+FFFD: what it parsed is not what was sent.
	const raw = rawBodyText(rawBody);
	if (!raw.ok) return refuse.call(this, 400, { error: raw.reason });
	const body = bodyOf(this);
	const verdict =
		(await verifyWithWebhookSecret(this, 'aplautWebhookApi', 'secret', (secret) => readReviewWebhook(body, secret))) ??
		readReviewWebhook(body, '');
	if (!verdict.ok) return refuse.call(this, verdict.status, { error: verdict.reason });

	const events = this.getNodeParameter('events', []) as string[];
	if (!eventChosen(events, verdict.event)) {
		return refuse.call(this, 200, { received: true, ignored: `event "${verdict.event}" is not selected` });
	}
	// Test runs ("Listen for Test Event") react every time; production deliveries run once.
	if (this.getMode() !== 'manual' && !claimDelivery.call(this, verdict.key)) {
		return refuse.call(this, 200, { received: true, duplicate: true });
	}
	const json: IDataObject = {
		event: verdict.event,
		hookId: verdict.hookId,
		reviewId: verdict.reviewId,
		review: verdict.review as IDataObject,
		payload: verdict.payload as IDataObject,
	};
	return accept.call(this, { received: true }, [this.helpers.returnJsonArray(json)]);
}
