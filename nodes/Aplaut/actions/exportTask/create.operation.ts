import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { toDocument } from '../../helpers/jsonApi';
import { buildFilter, buildSort, type FilterCondition, type SortRule } from '../../helpers/queryExpressions';
import { aplautRequest } from '../../transport';
import { createdAt, filterProperty, simplifyProperty, sortProperty, updatedAt } from '../common/queryProperties';
import { asInputError, readSimplify } from '../common/readQuery';
import { recordsOutput } from '../common/recordOperations';
import { productFilterFields } from '../product/productFields';
import { REVIEW_FILTER_FIELDS } from '../review/getAll.operation';
import { EXPORT_TYPE, waitIfAsked, waitProperties } from './exportFields';

const filterFor = (recordsType: string, fields: Parameters<typeof filterProperty>[0]): INodeProperties => ({
	...filterProperty(fields, 'Only records matching all these conditions are exported; none = all records'),
	displayOptions: { show: { recordsType: [recordsType] } },
});

const properties: INodeProperties[] = [
	{
		displayName: 'Records',
		name: 'recordsType',
		type: 'options',
		options: [
			{ name: 'Reviews', value: 'reviews' },
			{ name: 'Products (With Ratings)', value: 'products' },
			{ name: 'Survey Responses', value: 'survey_responses' },
		],
		default: 'reviews',
		description: 'What to export into one file',
	},
	{
		displayName: 'Format',
		name: 'format',
		type: 'options',
		options: [
			{ name: 'CSV', value: 'csv' },
			{ name: 'Excel (XLSX)', value: 'xlsx' },
			{ name: 'JSON Lines', value: 'jsonl' },
		],
		default: 'csv',
		description: 'File format; Aplaut sends it gzip-compressed',
	},
	filterFor('reviews', REVIEW_FILTER_FIELDS),
	filterFor('products', [...productFilterFields, createdAt, updatedAt]),
	filterFor('survey_responses', [{ value: 'survey_id', name: 'Survey ID', operators: 'eq, neq' }, createdAt, updatedAt]),
	sortProperty([createdAt, updatedAt]),
	{
		displayName: 'Columns (JQ Filter)',
		name: 'exportFormat',
		type: 'string',
		displayOptions: { show: { format: ['csv', 'xlsx'] } },
		default: '',
		placeholder: 'e.g. {ID, rating, body}',
		description: 'Optional jq expression that reshapes each record before it is written (CSV and XLSX only)',
	},
	...waitProperties,
	simplifyProperty,
];

export const createExportTask: Operation = {
	resend: 'unsafe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const conditions = this.getNodeParameter('filters.conditions', itemIndex, []) as FilterCondition[];
		const rules = this.getNodeParameter('sort.rules', itemIndex, []) as SortRule[];
		const searchOptions: IDataObject = {};
		const filter = asInputError(this, itemIndex, () => buildFilter(conditions, { zone: this.getTimezone() }));
		const sort = asInputError(this, itemIndex, () => buildSort(rules));
		if (filter) searchOptions.filter = filter;
		if (sort) searchOptions.sort = sort;
		const exportFormat = String(this.getNodeParameter('exportFormat', itemIndex, '') ?? '').trim();
		const attributes: IDataObject = {
			records_type: this.getNodeParameter('recordsType', itemIndex) as string,
			format: this.getNodeParameter('format', itemIndex) as string,
			...(Object.keys(searchOptions).length > 0 ? { search_options: searchOptions } : {}),
			...(exportFormat ? { export_format: exportFormat } : {}),
		};
		const created = await aplautRequest.call(this, 'POST', '/export_tasks', { body: toDocument(EXPORT_TYPE, attributes) }, itemIndex);
		const document = await waitIfAsked.call(this, itemIndex, created);
		return recordsOutput(document, readSimplify(this, itemIndex));
	},
};
