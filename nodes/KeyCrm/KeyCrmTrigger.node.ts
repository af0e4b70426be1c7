import type { INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { catalogLoadOptions } from './methods/catalogOptions';
import { orderLoadOptions } from './methods/orderOptions';
import { keyCrmWebhookSecretTest } from './trigger/credentialTest';
import { keyCrmWebhookMethods } from './trigger/activation';
import { webhookProperties } from './trigger/properties';
import { handleKeyCrmWebhook } from './trigger/webhook';

/**
 * `keycrm/<webhook id>/:secret`. The secret is a path segment: nothing KeyCRM or the user appends to
 * the URL can break it. The webhook id is in the path because n8n keys dynamic webhooks by path and
 * method alone: with `keycrm/:secret` every KeyCRM Trigger claimed the same path and only the first
 * active one answered (the Botobot Trigger does the same).
 */
const WEBHOOK_PATH = '={{"keycrm/" + $webhookId + "/:secret"}}';

export class KeyCrmTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'KeyCRM Trigger',
		name: 'keyCrmTrigger',
		icon: { light: 'file:../../icons/keycrm.svg', dark: 'file:../../icons/keycrm.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"Events: " + $parameter["events"].join(", ")}}',
		description: 'Starts the workflow when a KeyCRM automation rule sends a webhook: order status, payment status or pipeline card status changed',
		defaults: { name: 'KeyCRM Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'keyCrmWebhookApi', required: true, testedBy: 'keyCrmWebhookSecretTest' },
			// Only to read the full record and to fill the status lists.
			{ name: 'keyCrmApi', required: false },
		],
		// KeyCRM's rule sends by GET or by POST, as chosen there: both land on one URL. An empty
		// responseData makes n8n answer with the node's own webhookResponse. A path with a `:param`
		// is only found by n8n 2.x when declared as a full path (n8n puts the webhook id in front
		// itself, as for its own Webhook node): `/webhook/<webhookId>/keycrm/<webhookId>/<secret>`.
		webhooks: [
			{ name: 'default', httpMethod: 'GET', responseMode: 'onReceived', responseData: '', path: WEBHOOK_PATH, isFullPath: true },
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: '', path: WEBHOOK_PATH, isFullPath: true },
		],
		properties: webhookProperties,
	};

	methods = {
		credentialTest: { keyCrmWebhookSecretTest },
		loadOptions: {
			getOrderStatuses: orderLoadOptions.getOrderStatuses,
			getPipelineStatuses: catalogLoadOptions.getPipelineStatuses,
		},
	};

	webhookMethods = keyCrmWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleKeyCrmWebhook.call(this);
	}
}
