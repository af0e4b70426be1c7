import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions/properties';
import { listLimit } from '../../../shared/execute/listLimit';
import type { Operation } from '../../../shared/execute/router';
import { scrollPages } from '../../transport/paging';
import { simplifyProperty } from '../common/queryProperties';
import { readQuery, readSimplify } from '../common/readQuery';
import { scrollFilterProperties, scrollIncludeProperties } from './scrollFields';

/** Sent instead of nothing when the user wants all time: any own filter lifts the 30-day default. */
export const ALL_TIME_FILTER = 'updated_at:gte:2000-01-01T00:00:00Z';

const properties: INodeProperties[] = [
	{
		displayName: 'Records',
		name: 'recordsType',
		type: 'options',
		options: [
			{ name: 'Reviews', value: 'reviews' },
			{ name: 'Products', value: 'products' },
			{ name: 'Questions', value: 'questions' },
		],
		default: 'reviews',
		description: 'Which records to walk through',
	},
	{
		displayName:
			'Without a filter Aplaut returns only records changed in the last 30 days. Add a condition, or turn on "All Time", to go further back.',
		name: 'defaultFilterNotice',
		type: 'notice',
		default: '',
	},
	...returnAllOrLimit(),
	{
		displayName: 'All Time',
		name: 'allTime',
		type: 'boolean',
		default: false,
		description: `Whether to include records older than 30 days when no condition is set (sends ${ALL_TIME_FILTER})`,
	},
	...scrollFilterProperties,
	{
		displayName: 'Order',
		name: 'scrollSort',
		type: 'options',
		options: [
			{ name: 'Oldest Change First', value: 'updated_at:asc' },
			{ name: 'Oldest Record First', value: 'created_at:asc' },
		],
		default: 'updated_at:asc',
		description: 'Scrolls sort on one date, ascending only',
	},
	...scrollIncludeProperties,
	{
		displayName: 'Page Size',
		name: 'perPage',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 100 },
		default: 100,
		description: 'Records per request (1–100). Aplaut allows one scroll request every 2 seconds, so bigger pages finish sooner.',
	},
	simplifyProperty,
];

export const scrollRecords: Operation = {
	resend: 'safe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const recordsType = this.getNodeParameter('recordsType', itemIndex) as string;
		const limit = listLimit(this, itemIndex);
		const query: IDataObject = readQuery(this, itemIndex, { maxInValues: 25 });
		if (!query.filter && this.getNodeParameter('allTime', itemIndex, false)) query.filter = ALL_TIME_FILTER;
		query.sort = this.getNodeParameter('scrollSort', itemIndex, 'updated_at:asc') as string;
		const perPage = this.getNodeParameter('perPage', itemIndex, 100) as number;
		query.per_page = limit === undefined ? perPage : Math.min(perPage, Math.max(1, limit));
		return await scrollPages.call(this, recordsType, query, itemIndex, { limit, raw: !readSimplify(this, itemIndex) });
	},
};
