import type { INodeProperties } from 'n8n-workflow';

function dateRange(displayName: string, name: string, what: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		placeholder: 'Add date range',
		default: {},
		description: `Only orders ${what} in this period, in the workflow's time zone. An empty end means until now.`,
		options: [
			{
				displayName: 'Range',
				name: 'range',
				values: [
					{ displayName: 'From', name: 'from', type: 'dateTime', default: '', description: 'Start of the period' },
					{ displayName: 'To', name: 'to', type: 'dateTime', default: '', description: 'End of the period' },
				],
			},
		],
	};
}

export const orderFiltersField: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add filter',
	default: {},
	options: [
		{
			displayName: 'Buyer Email',
			name: 'buyer_email',
			type: 'string',
			default: '',
			description: 'Only orders of buyers with this email; separate several with commas',
		},
		{
			displayName: 'Buyer Phone',
			name: 'buyer_phone',
			type: 'string',
			default: '',
			description: 'Only orders of buyers with this phone; separate several with commas',
		},
		dateRange('Created Between', 'createdBetween', 'created'),
		{
			displayName: 'Has Tracking Code',
			name: 'has_tracking_code',
			type: 'boolean',
			default: true,
			description: 'Whether to return only orders with a tracking code (on) or only orders without one (off)',
		},
		{
			displayName: 'Order Number in Source',
			name: 'source_uuid',
			type: 'string',
			default: '',
			description: 'Only the order with this number in your shop or bot',
		},
		{
			displayName: 'Payment Status',
			name: 'payment_status',
			type: 'multiOptions',
			default: [],
			description: 'Only orders in one of these payment states',
			options: [
				{ name: 'Not Paid', value: 'not_paid' },
				{ name: 'Overpaid', value: 'overpaid' },
				{ name: 'Paid', value: 'paid' },
				{ name: 'Partly Paid', value: 'part_paid' },
			],
		},
		dateRange('Shipping Between', 'shippingBetween', 'shipped or delivered'),
		{
			displayName: 'Source Names or IDs',
			name: 'source_id',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getSources' },
			default: [],
			description:
				'Only orders from these sales channels. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Status Names or IDs',
			name: 'status_id',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getOrderStatuses' },
			default: [],
			description:
				'Only orders in these statuses. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		dateRange('Updated Between', 'updatedBetween', 'last changed'),
	],
};
