import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsProperty } from '../shared/http/settings';
import { lookbackProperty, restartNoticeProperty } from '../shared/trigger/poll/lookbackProperty';
import { pollBotobot } from './poll/pollBotobot';
import { botobotProfile } from './transport/profile';
import { UNDOCUMENTED_ORDERS_NOTICE } from './transport/orders';

export class BotobotPollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Botobot Poll Trigger',
		name: 'botobotPollTrigger',
		icon: { light: 'file:../../icons/botobot.svg', dark: 'file:../../icons/botobot.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: "Starts the workflow when a Botobot shop has a new order or an order was paid (undocumented endpoint)",
		defaults: { name: 'Botobot Poll Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'botobotApi', required: true }],
		properties: [
			{ displayName: UNDOCUMENTED_ORDERS_NOTICE, name: 'undocumentedNotice', type: 'notice', default: '' },
			{
				displayName:
					'For shops whose "CRM url" callback is already taken by another system, and for payments the callback may not report. The first check after activation only notes the orders that exist: older orders never start the workflow.',
				name: 'pollNotice',
				type: 'notice',
				default: '',
			},
			restartNoticeProperty,
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'New Order', value: 'newOrder', description: 'An order appeared in the list since the last check' },
					{
						name: 'Order Paid',
						value: 'orderPaid',
						description: 'An order seen unpaid before (or new since the last check) is now paid',
					},
				],
				default: 'newOrder',
				description: 'What starts the workflow',
			},
			lookbackProperty('Orders are told apart by ID; keep it at least as long as Botobot may take to list an order after a newer one.'),
			requestOptionsProperty(botobotProfile),
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollBotobot.call(this);
	}
}
