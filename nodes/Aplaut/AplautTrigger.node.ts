import type { INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { aplautWebhookSecretTest } from './trigger/credentialTest';
import { ALL_EVENTS } from '../shared/trigger/webhook/events';
import { handleAplautWebhook } from './trigger/webhook';
import { handConfiguredWebhookMethods } from '../shared/trigger/webhook/handConfiguredWebhook';

const EVENT_OPTIONS = [
	{ name: 'All Events', value: ALL_EVENTS, description: 'Every review event Aplaut sends' },
	{ name: 'Review Banned', value: 'ban_review' },
	{ name: 'Review Created', value: 'create_review' },
	{ name: 'Review Deleted', value: 'destroy_review' },
	{ name: 'Review Held', value: 'held_review', description: 'Moderation put the review on hold' },
	{ name: 'Review Published', value: 'publish_review' },
	{ name: 'Review Tags Updated', value: 'update_review_tags' },
	{ name: 'Review Updated', value: 'update_review' },
];

export class AplautTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Aplaut Trigger',
		name: 'aplautTrigger',
		icon: { light: 'file:../../icons/aplaut.svg', dark: 'file:../../icons/aplaut.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"Events: " + $parameter["events"].join(", ")}}',
		description: 'Starts the workflow when Aplaut sends a review webhook: created, published, banned, updated…',
		defaults: { name: 'Aplaut Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'aplautWebhookApi', required: true, testedBy: 'aplautWebhookSecretTest' }],
		// An empty responseData makes n8n answer with the node's own webhookResponse, not its default text.
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: '', path: 'webhook', ndvHideUrl: false }],
		properties: [
			{
				displayName:
					"Aplaut webhooks are set up on Aplaut's side, not by API: in your Aplaut account's webhook settings (or through Aplaut support) add a webhook with the Production URL above, choose the review events, and put the webhook's secret into the credential. Deliveries without that secret in their body are refused.",
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: EVENT_OPTIONS,
				default: [ALL_EVENTS],
				description: 'Which review events start the workflow; others are acknowledged and ignored',
			},
		],
	};

	methods = { credentialTest: { aplautWebhookSecretTest } };

	// Nothing to register or remove on Aplaut's side: the hook is configured there by hand.
	webhookMethods = handConfiguredWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleAplautWebhook.call(this);
	}
}
