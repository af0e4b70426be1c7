import type { INodeProperties } from 'n8n-workflow';

import { lookbackProperty, restartNoticeProperty } from '../../shared/trigger/poll/lookbackProperty';

export const EVENT_OPTIONS = [
	{ name: 'New Answer', value: 'newAnswer', description: 'An answer was added to a question' },
	{ name: 'New Question', value: 'newQuestion', description: 'A question was asked' },
	{ name: 'New Review', value: 'newReview', description: 'A review was written' },
	{
		name: 'Review Created or Updated',
		value: 'reviewUpdated',
		description: 'A review was written or changed: published, banned, held, edited, tagged',
	},
];

const RATING_OPTIONS = [1, 2, 3, 4, 5].map((rating) => ({ name: `${rating} Star${rating > 1 ? 's' : ''}`, value: rating }));

const STATE_OPTIONS = [
	{ name: 'Banned', value: 'banned' },
	{ name: 'Held', value: 'held' },
	{ name: 'Published', value: 'published' },
	{ name: 'Waiting', value: 'waiting' },
];

export const pollProperties: INodeProperties[] = [
	{
		displayName:
			'Checks Aplaut on the schedule below with the Platform API\'s own recipes (new records by ID, changes by update time), reading a lookback window again each time. The first check after activation only notes where Aplaut stands: older records never start the workflow.',
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
		options: EVENT_OPTIONS,
		default: 'newReview',
		description: 'What starts the workflow',
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add filter',
		default: {},
		options: [
			{
				displayName: 'Only Ratings',
				name: 'ratings',
				type: 'multiOptions',
				options: RATING_OPTIONS,
				default: [],
				displayOptions: { show: { '/event': ['newReview', 'reviewUpdated'] } },
				description: 'Start only for reviews with one of these ratings (e.g. 1 and 2 stars for an alert)',
			},
			{
				displayName: 'Only Moderation States',
				name: 'states',
				type: 'multiOptions',
				options: STATE_OPTIONS,
				default: [],
				description: 'Start only for records in one of these moderation states (answers: published, waiting, banned)',
			},
		],
	},
	lookbackProperty(
		"Keep it at least as long as Aplaut may take to show a new or changed record in its lists (imports, moderation), and above any difference between Aplaut's clock and n8n's.",
	),
];
