import type {
	INodeType,
	INodeTypeDescription,
	IWebhookDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { botobotWebhookSecretTest } from './trigger/credentialTest';
import { botobotWebhookMethods } from './trigger/activation';
import { CALLBACK_PATH, SECRET_PATH, triggerProperties } from './trigger/properties';
import { handleCallback } from './trigger/webhook';

// Botobot calls the "CRM url" by GET or by POST, as set in its dashboard. The secret travels best as
// a path segment (nothing Botobot appends can break it): `…/botobot/<webhook id>/<secret>`. The
// webhook id is in the path so two Botobot Triggers never claim the same dynamic path (n8n keys
// dynamic webhooks by their path alone); it needs the full-path form for n8n to match it. The plain
// `…/botobot` URL stays for `?secret=` URLs (and the None protection), hidden from the panel.
// An empty responseData makes n8n answer with the node's own webhookResponse.
const callbackHook = (httpMethod: 'GET' | 'POST', withSecret: boolean): IWebhookDescription => ({
	name: 'default',
	httpMethod,
	responseMode: 'onReceived',
	responseData: '',
	...(withSecret ? { path: SECRET_PATH, isFullPath: true } : { path: CALLBACK_PATH, ndvHideUrl: true }),
});

export class BotobotTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Botobot Trigger',
		name: 'botobotTrigger',
		icon: { light: 'file:../../icons/botobot.svg', dark: 'file:../../icons/botobot.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: 'New order',
		description: 'Starts the workflow when a Botobot Telegram shop sends a new order (or an order status change)',
		defaults: { name: 'Botobot Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'botobotWebhookApi',
				required: true,
				testedBy: 'botobotWebhookSecretTest',
				displayOptions: { show: { protection: ['urlSecret'] } },
			},
		],
		webhooks: [callbackHook('GET', true), callbackHook('POST', true), callbackHook('GET', false), callbackHook('POST', false)],
		properties: triggerProperties,
	};

	methods = { credentialTest: { botobotWebhookSecretTest } };

	webhookMethods = botobotWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleCallback.call(this);
	}
}
