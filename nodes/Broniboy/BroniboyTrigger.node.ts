import type { INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { COURIER_STATE_OPTIONS, ORDER_STATE_OPTIONS } from './helpers/states';
import { broniboyWebhookSecretTest } from './trigger/credentialTest';
import { handleBroniboyWebhook } from './trigger/webhook';
import { handConfiguredWebhookMethods } from '../shared/trigger/webhook/handConfiguredWebhook';

export class BroniboyTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Broniboy Trigger',
		name: 'broniboyTrigger',
		icon: { light: 'file:../../icons/broniboy.svg', dark: 'file:../../icons/broniboy.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"Events: " + $parameter["events"].join(", ")}}',
		description: 'Starts the workflow when Broniboy reports a change of an order or its courier',
		defaults: { name: 'Broniboy Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'broniboyWebhookApi', required: true, testedBy: 'broniboyWebhookSecretTest' }],
		// An empty responseData makes n8n answer with the node's own webhookResponse, not its default text.
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: '', path: 'webhook', ndvHideUrl: false }],
		properties: [
			{
				displayName:
					'Broniboy has no API to register webhooks: give the Production URL above to your Broniboy manager, and put the signing secret they give you into the credential. Requests without a valid signature are refused.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: [
					{ name: 'All Events', value: '*', description: 'Every event Broniboy sends' },
					{
						name: 'Courier Changed (Assumed Name)',
						value: 'courier.changed',
						description: "A courier was assigned, accepted the order or arrived. Broniboy's document names only order.changed: this name is a guess, so prefer All Events.",
					},
					{ name: 'Order Changed', value: 'order.changed', description: 'The state of an order changed (the event the document names)' },
				],
				default: ['*'],
				description: 'Which events (the Hook-Event header) start the workflow; others are acknowledged and ignored. All Events cannot miss an event whose name differs from the document.',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					{
						displayName: 'Only Courier States',
						name: 'courierStates',
						type: 'multiOptions',
						options: COURIER_STATE_OPTIONS,
						default: [],
						description: "Start only when the order's courier is in one of these states (the data's courier_state); other deliveries are acknowledged and ignored",
					},
					{
						displayName: 'Only Order States',
						name: 'orderStates',
						type: 'multiOptions',
						options: ORDER_STATE_OPTIONS,
						default: [],
						description: "Start only when the order is in one of these states (the data's state); other deliveries are acknowledged and ignored",
					},
					{
						displayName: 'Include Headers',
						name: 'includeHeaders',
						type: 'boolean',
						default: false,
						description: 'Whether to add the request headers to the output',
					},
				],
			},
		],
	};

	methods = { credentialTest: { broniboyWebhookSecretTest } };

	// Nothing to register or remove on Broniboy's side: the merchant configures the URL by hand.
	webhookMethods = handConfiguredWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleBroniboyWebhook.call(this);
	}
}
