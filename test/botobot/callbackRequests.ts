import type { IDataObject } from 'n8n-workflow';

import { callWebhook, type WebhookRequest } from '../../harness/engine/engine';
import { encodeMultipart, encodeOrder, type QueryJoin } from '../../sandboxes/botobot/callbacks';
import { sampleBotobotOrder } from '../../sandboxes/botobot/samples';

/** Botobot callbacks as n8n hands them to the trigger, for the engine tests. */
export const SECRET = 'c4llback-secret-for-tests-9f2e';
export const credentials = { botobotWebhookApi: { secret: SECRET } };
const parameters = { protection: 'urlSecret', ignoreRepeats: true, options: {} };

export const FORM = 'application/x-www-form-urlencoded';
const order = sampleBotobotOrder();
export const PATH = '/webhook/0b6f/botobot/0b6f';

/** Where the secret travels: as the URL's last path segment (n8n's `req.params`), or as `?secret=`. */
export type SecretIn = 'path' | 'query' | 'none';

/** A CRM url as the user pasted it into Botobot, with the order's query appended the way `join` says. */
export function callbackUrl(secretIn: SecretIn, secret: string, query: string, join: QueryJoin = '&', ownQuery = ''): string {
	const base = secretIn === 'path' ? `${PATH}/${secret}${ownQuery}` : `/webhook/0b6f/botobot${secretIn === 'query' ? `?secret=${secret}` : ''}`;
	if (query === '') return base;
	return base + (base.includes('?') ? join : '?') + query;
}

/** What n8n hands the trigger: the raw URL, the path parameter, what its parsers made of the query. */
export function callback(
	method: 'GET' | 'POST',
	encoding: 'form' | 'json' | 'multipart' = 'form',
	{ secretIn = 'path', secret = SECRET, join = '&', payload = order as unknown }: { secretIn?: SecretIn; secret?: string; join?: QueryJoin; payload?: unknown } = {},
): WebhookRequest {
	const url = callbackUrl(secretIn, secret, method === 'GET' ? encodeOrder(payload as Record<string, unknown>) : '', join);
	const params = secretIn === 'path' ? { secret } : undefined;
	const query = Object.fromEntries(new URL(url, 'http://n8n.local').searchParams);
	if (method === 'GET') return { method, url, params, query };
	if (encoding === 'json') return { method, url, params, query, headers: { 'Content-Type': 'application/json' }, body: payload, rawBody: JSON.stringify(payload) };
	if (encoding === 'multipart') {
		const { body, contentType } = encodeMultipart(payload as Record<string, unknown>);
		return { method, url, params, query, headers: { 'Content-Type': contentType }, rawBody: body };
	}
	const text = encodeOrder(payload as Record<string, unknown>);
	return { method, url, params, query, headers: { 'Content-Type': FORM }, body: Object.fromEntries(new URLSearchParams(text)), rawBody: text };
}

export const deliver = (request: WebhookRequest, extra: IDataObject = {}, staticData?: IDataObject) =>
	callWebhook({ type: 'botobotTrigger', parameters: { ...parameters, ...extra }, credentials, request, staticData });

