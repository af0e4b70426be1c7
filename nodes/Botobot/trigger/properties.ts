import type { INodeProperties } from 'n8n-workflow';

import { ORDER_STATUSES } from '../helpers/orderStatuses';

/** Name of the path parameter (and of the query parameter) that carries the secret in the callback URL. */
export const SECRET_PARAMETER = 'secret';

export const WEBHOOK_CREDENTIAL = 'botobotWebhookApi';

/** The callback path without a secret segment: `?secret=` URLs, and the None protection. */
export const CALLBACK_PATH = 'botobot';

/** `botobot/<webhook id>/:secret`: unique per trigger node, the secret as the last segment. */
export const SECRET_PATH = `={{"${CALLBACK_PATH}/" + $webhookId + "/:${SECRET_PARAMETER}"}}`;

export const triggerProperties: INodeProperties[] = [
	{
		displayName: `In your Botobot dashboard, set "CRM url" to this node's Production URL (see Webhook URLs above) with <code>:${SECRET_PARAMETER}</code> at its end replaced by the secret of the credential below, e.g. <code>https://n8n.example.com/webhook/1a2b3c/botobot/1a2b3c/your-long-secret</code>. Sending by GET or by POST both work, and so does the older form <code>…/webhook/1a2b3c/botobot?${SECRET_PARAMETER}=your-long-secret</code>.`,
		name: 'setupNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { protection: ['urlSecret'] } },
	},
	{
		displayName:
			'Anyone who knows the Production URL can send orders: limit the senders with Allowed IP Addresses below. In Botobot, set "CRM url" to the Production URL without its last segment, e.g. <code>https://n8n.example.com/webhook/1a2b3c/botobot</code>.',
		name: 'noProtectionNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { protection: ['none'] } },
	},
	{
		displayName: 'Protection',
		name: 'protection',
		type: 'options',
		noDataExpression: true,
		default: 'urlSecret',
		options: [
			{
				name: 'Secret in the URL',
				value: 'urlSecret',
				description: "Only requests whose URL carries the credential's secret start the workflow (recommended)",
			},
			{
				name: 'None',
				value: 'none',
				description: 'Anyone who knows the URL can send orders: use only with an IP allow-list',
			},
		],
		description: 'Botobot does not sign its requests, so a secret in the URL proves a request comes from your Botobot setup',
	},
	{
		displayName: 'Ignore Repeated Deliveries',
		name: 'ignoreRepeats',
		type: 'boolean',
		default: true,
		description:
			'Whether an order that arrives again exactly as before (within 7 days, also when the copies arrive at the same moment) is answered but does not start the workflow again. A status change is not a repeat. In queue mode with several webhook processes this holds when the proxy sends every copy to the same process (route by order ID, see the docs on production); otherwise copies arriving at the same moment at two processes can both run.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Allowed IP Addresses',
				name: 'allowedIps',
				type: 'string',
				default: '',
				placeholder: 'e.g. 203.0.113.7, 198.51.100.0/24',
				description:
					'Only requests from these addresses start the workflow (others get 403). Separate them with commas; IPv4 ranges like 198.51.100.0/24 work. Empty allows every address.',
			},
			{
				displayName: 'Include Raw Request',
				name: 'includeRawRequest',
				type: 'boolean',
				default: false,
				description:
					'Whether to add the request as it arrived (method, query, headers, body, address) under "rawRequest", with the secret hidden',
			},
			{
				displayName: 'Only Orders in Status',
				name: 'onlyStatuses',
				type: 'multiOptions',
				default: [],
				options: ORDER_STATUSES,
				description:
					'Only orders in these statuses start the workflow. Botobot calls on new orders (these count as Created) and, in newer versions, on status changes, sending the new status. E.g. choose Created for new orders only. Empty accepts all.',
			},
		],
	},
];
