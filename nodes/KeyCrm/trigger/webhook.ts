import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { apiRequest } from '../../shared/http/request';
import type { RequestSettings } from '../../shared/http/types';
import { redactValue } from '../../shared/http/redact';
import { bodySizeProblem } from '../../shared/trigger/webhook/jsonDepth';
import { rawBodyText } from '../../shared/trigger/webhook/rawBody';
import { fullRawQuery } from '../../shared/trigger/webhook/urlSecret';
import { verifyUrlSecret } from '../../shared/trigger/webhook/verifyUrlSecret';
import { accept, claimDelivery, refuse } from '../../shared/trigger/webhook/webhookContext';
import {
	filterNeedsRecord,
	MAX_QUERY_FIELDS,
	queryFields,
	readWebhookEvent,
	recordKindOf,
	unwantedReason,
	webhookDeliveryKey,
	type RecordKind,
	type StatusFilters,
} from '../helpers/webhookEvent';
import { keyCrmProfile } from '../transport/profile';
import { WEBHOOK_CREDENTIAL } from './properties';

/**
 * Reading the full record happens while KeyCRM waits for the answer: few, short retries, so a
 * slow API turns into a quick 503 (KeyCRM then sends again) rather than a hanging request.
 */
const FETCH_SETTINGS: RequestSettings = {
	rateLimit: keyCrmProfile.defaultRateLimit,
	rateLimitWindowMs: keyCrmProfile.rateLimitWindowMs,
	// The account's pace is shared with every execution on this credential: a busy account turns
	// into a 503 quickly too.
	maxSlotWaitMs: 10_000,
	maxRetries: 2,
	maxRetryWaitMs: 10_000,
	timeoutMs: 15_000,
	parallelRequests: 1,
};

const RECORD_PATHS: Record<RecordKind, string> = { order: '/order', card: '/pipelines/cards' };

function readFilters(context: IWebhookFunctions): StatusFilters {
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const list = (value: unknown) => (Array.isArray(value) ? (value as Array<string | number>) : []);
	return {
		events: list(context.getNodeParameter('events', [])) as string[],
		orderStatusIds: list(options.orderStatusIds),
		paymentStatuses: list(options.paymentStatuses) as string[],
		cardStatusIds: list(options.cardStatusIds),
	};
}

async function fetchRecord(context: IWebhookFunctions, kind: RecordKind, id: unknown): Promise<IDataObject> {
	const include = context.getNodeParameter(kind === 'order' ? 'orderInclude' : 'cardInclude', []) as string[];
	const call = {
		method: 'GET' as const,
		path: `${RECORD_PATHS[kind]}/${encodeURIComponent(String(id))}`,
		qs: include.length > 0 ? { include: include.join(',') } : undefined,
	};
	return ((await apiRequest.call(context, keyCrmProfile, call, 0, FETCH_SETTINGS)) ?? {}) as IDataObject;
}

/**
 * One KeyCRM automation webhook: the URL secret first (401, no execution, when wrong), then the
 * event and status filters (200 and ignored: anything else makes KeyCRM send again), the full
 * record when asked for, and last the repeat check, right before the execution starts.
 */
export async function handleKeyCrmWebhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const req = this.getRequestObject();
	const params = this.getParamsData() as IDataObject;
	const url = req.originalUrl ?? req.url;
	const pathSecret = typeof params.secret === 'string' ? params.secret : undefined;
	const secret = await verifyUrlSecret(this, WEBHOOK_CREDENTIAL, { pathSecret, url });
	if (secret === undefined) return refuse.call(this, 401, { error: 'Wrong or missing secret in the URL' });

	const tooLarge = bodySizeProblem(req.rawBody);
	if (tooLarge) return refuse.call(this, 413, { error: tooLarge });
	// n8n's parser turns invalid UTF-8 into U+FFFD: what it parsed is not what was sent.
	const raw = rawBodyText(req.rawBody);
	if (!raw.ok) return refuse.call(this, 400, { error: raw.reason });
	// Read from the URL as sent, not from Express's parse: a second `?` must separate fields too.
	const query = typeof url === 'string' ? queryFields(fullRawQuery({ pathSecret, url })) : req.query;
	if (query === undefined) return refuse.call(this, 400, { error: `The query has more than ${MAX_QUERY_FIELDS} fields` });
	const reading = readWebhookEvent({ method: req.method, body: req.body, rawBody: raw.text, query });
	if (!reading.ok) return refuse.call(this, 400, { error: reading.reason });
	const { event, context } = reading;
	const filters = readFilters(this);
	const early = unwantedReason(event, context, filters);
	if (early) return refuse.call(this, 200, { received: true, ignored: early });

	const kind = recordKindOf(event);
	const wantRecord = this.getNodeParameter('fetchRecord', false) as boolean;
	let record: IDataObject | undefined;
	if (kind && context.id !== undefined && (wantRecord || filterNeedsRecord(event, context, filters)) && this.getNode().credentials?.keyCrmApi) {
		try {
			record = await fetchRecord(this, kind, context.id);
		} catch (error) {
			return refuse.call(this, 503, { error: `Could not read ${kind} ${String(context.id)} from KeyCRM: ${(error as Error).message}` });
		}
		// What the context says wins: the record may have moved on since the event.
		const late = unwantedReason(event, { ...record, ...context }, filters);
		if (late) return refuse.call(this, 200, { received: true, ignored: late });
	}

	// A test run reacts to every request, however often the same sample is sent.
	if (this.getMode() !== 'manual' && !claimDelivery.call(this, webhookDeliveryKey(event, context))) {
		return refuse.call(this, 200, { received: true, duplicate: true });
	}
	const fields = wantRecord && record ? record : context;
	// Whatever the sender put into the URL or the body, the secret never reaches the workflow.
	const json = redactValue({ ...(fields as IDataObject), event, context: context as IDataObject }, [secret]);
	return accept.call(this, { received: true }, [[{ json }]]);
}
