import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsProperty } from '../../shared/http/settings';
import { lookbackProperty, restartNoticeProperty } from '../../shared/trigger/poll/lookbackProperty';
import { buyerIncludes, cardIncludes, includeField } from '../actions/common/includes';
import { keyCrmProfile } from '../transport/profile';

const ORDER_EVENTS = ['orderCreated', 'orderUpdated'];
const CARD_EVENTS = ['cardCreated', 'cardCreatedOrMoved'];

/** The Source filter orders and pipeline cards share. */
const sourceIdsFilter: INodeProperties = {
	displayName: 'Source Names or IDs',
	name: 'sourceIds',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getSources' },
	default: [],
	description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const pollProperties: INodeProperties[] = [
	restartNoticeProperty,
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		default: 'orderCreated',
		options: [
			{ name: 'New Buyer', value: 'buyerCreated', description: 'A buyer was added' },
			{
				name: 'New or Moved Pipeline Card',
				value: 'cardCreatedOrMoved',
				description: 'A card was added, or moved to another status',
			},
			{
				name: 'New Order',
				value: 'orderCreated',
				description: "An order was created in KeyCRM (by its creation time in KeyCRM, whatever order time the shop or an import gave it)",
			},
			{ name: 'New Pipeline Card', value: 'cardCreated', description: 'A card was added to a pipeline' },
			{ name: 'Updated Order', value: 'orderUpdated', description: 'An order was changed' },
		],
		description: 'What starts the workflow. The first activation starts from now: records from before are not delivered.',
	},
	{
		displayName: 'Only When',
		name: 'orderChange',
		type: 'options',
		default: 'any',
		displayOptions: { show: { event: ['orderUpdated'] } },
		options: [
			{ name: 'Anything Changed', value: 'any', description: 'Every change of the order, including comments and products' },
			{ name: 'Payment Status Changed', value: 'paymentStatus' },
			{
				name: 'Status Changed',
				value: 'status',
				description:
					"The status differs from the last one the trigger saw. An order it has not seen yet counts when its status_changed_at is within the checked window, so a new order counts too, with its first status; an order without status_changed_at is only remembered, and its first change is missed.",
			},
			{ name: 'Status or Payment Status Changed', value: 'statusOrPayment' },
		],
		description:
			'Which changes count. Status changes are told apart by remembering the last status the trigger saw of each order (the 2000 most recent).',
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add filter',
		default: {},
		displayOptions: { show: { event: ORDER_EVENTS } },
		options: [
			sourceIdsFilter,
			{
				displayName: 'Status Names or IDs',
				name: 'statusIds',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getOrderStatuses' },
				default: [],
				description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
		],
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add filter',
		default: {},
		displayOptions: { show: { event: CARD_EVENTS } },
		options: [
			{
				displayName: 'Pipeline Names or IDs',
				name: 'pipelineId',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getPipelines' },
				default: [],
				description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			sourceIdsFilter,
			{
				displayName: 'Status Names or IDs',
				name: 'statusIds',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getPipelineStatuses', loadOptionsDependsOn: ['filters.pipelineId'] },
				default: [],
				description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
		],
	},
	{
		...includeField,
		displayOptions: { show: { event: ORDER_EVENTS } },
	},
	{
		displayName: 'Include',
		name: 'include',
		type: 'multiOptions',
		default: [],
		description: 'Related records to return with each card',
		options: cardIncludes,
		displayOptions: { show: { event: CARD_EVENTS } },
	},
	{
		displayName: 'Include',
		name: 'include',
		type: 'multiOptions',
		default: [],
		description: 'Related records to return with each buyer',
		options: buyerIncludes,
		displayOptions: { show: { event: ['buyerCreated'] } },
	},
	lookbackProperty(
		"Keep it at least as long as KeyCRM may take to show a new or changed record in its lists, and above any difference between KeyCRM's clock and n8n's.",
	),
	requestOptionsProperty(keyCrmProfile),
];
