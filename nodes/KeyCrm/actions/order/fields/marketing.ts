import type { INodeProperties } from 'n8n-workflow';

export const marketingCollection: INodeProperties = {
	displayName: 'Marketing (UTM)',
	name: 'marketing',
	type: 'collection',
	placeholder: 'Add UTM tag',
	default: {},
	description: 'Ad campaign the order came from, as the UTM tags of the landing link',
	options: [
		{
			displayName: 'UTM Campaign',
			name: 'utm_campaign',
			type: 'string',
			default: '',
			description: 'Campaign name, e.g. "sale"',
		},
		{
			displayName: 'UTM Content',
			name: 'utm_content',
			type: 'string',
			default: '',
			description: 'Which ad or link was clicked',
		},
		{
			displayName: 'UTM Medium',
			name: 'utm_medium',
			type: 'string',
			default: '',
			description: 'Type of traffic, e.g. "banner" or "cpc"',
		},
		{
			displayName: 'UTM Source',
			name: 'utm_source',
			type: 'string',
			default: '',
			description: 'Where the visitor came from, e.g. "facebook"',
		},
		{
			displayName: 'UTM Term',
			name: 'utm_term',
			type: 'string',
			default: '',
			description: 'Search keyword of the ad',
		},
	],
};
