import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { cardIncludes, includeField } from '../actions/common/includes';
import { ANY_EVENT, CARD_STATUS_EVENT, ORDER_STATUS_EVENT, PAYMENT_STATUS_EVENT } from '../helpers/webhookEvent';

export const WEBHOOK_CREDENTIAL = 'keyCrmWebhookApi';

/** KeyCRM's payment statuses, as its order list filter names them. */
const PAYMENT_STATUSES: INodePropertyOptions[] = [
	{ name: 'Not Paid', value: 'not_paid' },
	{ name: 'Overpaid', value: 'overpaid' },
	{ name: 'Paid', value: 'paid' },
	{ name: 'Partly Paid', value: 'part_paid' },
];

export const webhookProperties: INodeProperties[] = [
	{
		displayName:
			'In KeyCRM, open the automation rules (Automation), add a rule on the order or pipeline event you want, with the action "Send webhook" (GET or POST), and paste this node\'s Production URL there with <code>:secret</code> replaced by the URL Secret of the credential, e.g. <code>https://n8n.example.com/webhook/1a2b3c/keycrm/1a2b3c/your-long-secret</code>. KeyCRM cannot sign its webhooks: the secret in the URL is what proves a request comes from your account.',
		name: 'setupNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: [
			{ name: 'Any Event', value: ANY_EVENT, description: 'Every webhook your KeyCRM rules send' },
			{ name: 'Order Payment Status Changed', value: PAYMENT_STATUS_EVENT },
			{ name: 'Order Status Changed', value: ORDER_STATUS_EVENT },
			{ name: 'Pipeline Card Status Changed', value: CARD_STATUS_EVENT },
		],
		default: [ANY_EVENT],
		description: 'Which events start the workflow; others are answered with 200 and ignored',
	},
	{
		displayName: 'Fetch Full Record',
		name: 'fetchRecord',
		type: 'boolean',
		default: false,
		description:
			'Whether to read the whole order (or card) from the KeyCRM API before the workflow starts, so the first node gets the buyer, products and shipping, not only IDs. Needs the KeyCRM API credential.',
	},
	{
		...includeField,
		name: 'orderInclude',
		description: 'Related records to read with the order',
		displayOptions: { show: { fetchRecord: [true] } },
	},
	{
		displayName: 'Card Include',
		name: 'cardInclude',
		type: 'multiOptions',
		default: [],
		options: cardIncludes,
		description: 'Related records to read with the pipeline card',
		displayOptions: { show: { fetchRecord: [true] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Only Card Status Names or IDs',
				name: 'cardStatusIds',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getPipelineStatuses' },
				default: [],
				description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			{
				displayName: 'Only Order Status Names or IDs',
				name: 'orderStatusIds',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getOrderStatuses' },
				default: [],
				description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			{
				displayName: 'Only Payment Statuses',
				name: 'paymentStatuses',
				type: 'multiOptions',
				options: PAYMENT_STATUSES,
				default: [],
				description: 'Start only for orders now in one of these payment statuses',
			},
		],
	},
];
