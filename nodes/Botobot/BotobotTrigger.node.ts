import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { checkTriggerSettings, handleCallback } from './trigger/handleCallback';
import { triggerProperties } from './trigger/properties';

const REGISTERED_URL = 'registeredUrl';

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
		// Botobot calls the "CRM url" by GET or by POST, as set in its dashboard: both land on one URL.
		// An empty responseData makes n8n answer with the node's own webhookResponse.
		webhooks: [
			{ name: 'default', httpMethod: 'GET', responseMode: 'onReceived', responseData: '', path: 'botobot' },
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: '', path: 'botobot' },
		],
		properties: triggerProperties,
	};

	// Botobot has no API to register a callback URL (it is pasted by hand in its dashboard), so the
	// lifecycle checks the protection settings on activation and keeps or clears this node's own state.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return this.getWorkflowStaticData('node')[REGISTERED_URL] === this.getNodeWebhookUrl('default');
			},
			async create(this: IHookFunctions): Promise<boolean> {
				checkTriggerSettings.call(this);
				this.getWorkflowStaticData('node')[REGISTERED_URL] = this.getNodeWebhookUrl('default');
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				const state = this.getWorkflowStaticData('node');
				delete state[REGISTERED_URL];
				delete state.recent;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleCallback.call(this);
	}
}
