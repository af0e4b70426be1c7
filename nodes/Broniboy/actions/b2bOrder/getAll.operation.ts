import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions/properties';
import { listLimit } from '../../../shared/execute/listLimit';
import type { Operation } from '../../../shared/execute/router';
import { collectPages } from '../../../shared/http/paging';
import { ORDER_STATE_OPTIONS } from '../../helpers/states';
import { broniboyRequest } from '../../transport';

/** The API's largest page. */
const PAGE_SIZE = 100;

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Order IDs',
				name: 'orderIds',
				type: 'string',
				default: '',
				placeholder: 'eb3b595d-3653-41a3-a531-ebeba332154c, 1f0e7a52-9c1d-4d5e-8a7b-3c2d1e0f9a81',
				description: 'Only these orders: one Broniboy order ID, or several separated by commas',
			},
			{
				displayName: 'States',
				name: 'states',
				type: 'multiOptions',
				options: ORDER_STATE_OPTIONS,
				default: [],
				description: 'Only orders in one of these states',
			},
		],
	},
];

function filterQuery(filters: IDataObject): IDataObject {
	const query: IDataObject = {};
	const ids = (Array.isArray(filters.orderIds) ? filters.orderIds.map(String) : String(filters.orderIds ?? '').split(/[\s,]+/))
		.map((id) => id.trim())
		.filter(Boolean);
	if (ids.length > 0) query.order_id = ids;
	const states = (filters.states as string[] | undefined) ?? [];
	if (states.length > 0) query.states = states;
	return query;
}

export const getManyOrders: Operation = {
	resend: 'safe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const filters = filterQuery(this.getNodeParameter('filters', itemIndex, {}) as IDataObject);
		const limit = listLimit(this, itemIndex);
		return (await collectPages<number>(
			0,
			async (offset, remaining) => {
				const pageSize = Math.min(PAGE_SIZE, remaining ?? PAGE_SIZE);
				const page = await broniboyRequest.call(this, 'listOrders', { qs: { ...filters, limit: pageSize, offset } }, itemIndex);
				const items = (Array.isArray(page) ? page : []) as IDataObject[];
				return { items, next: items.length < pageSize ? undefined : offset + items.length };
			},
			{ limit },
		)) as IDataObject[];
	},
};
