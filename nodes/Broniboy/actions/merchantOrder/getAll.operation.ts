import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { broniboyRequest } from '../../transport';
import { dateOnly, placeField } from '../fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Orders',
		name: 'state',
		type: 'options',
		options: [
			{ name: 'Active', value: 'active', description: 'Orders still in progress (created, accepted, cooking, ready, on the way)' },
			{ name: 'History', value: 'history', description: 'Finished and canceled orders' },
		],
		default: 'active',
		description: 'Which orders to list',
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'Date After', name: 'dateAfter', type: 'dateTime', default: '', description: 'Only orders on or after this date' },
			{ displayName: 'Date Before', name: 'dateBefore', type: 'dateTime', default: '', description: 'Only orders on or before this date' },
			placeField({ required: false, description: 'Only orders of this place. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' }),
		],
	},
];

export const getManyMerchantOrders: Operation = {
	resend: 'safe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const qs: IDataObject = {};
		if (filters.dateAfter) qs.date_after = dateOnly(this, filters.dateAfter, itemIndex, 'Date After');
		if (filters.dateBefore) qs.date_before = dateOnly(this, filters.dateBefore, itemIndex, 'Date Before');
		if (filters.placeId) qs.place = String(filters.placeId);
		const state = this.getNodeParameter('state', itemIndex) as string;
		const orders = await broniboyRequest.call(this, 'listMerchantOrders', { params: { state }, qs }, itemIndex);
		return (Array.isArray(orders) ? orders : []) as IDataObject[];
	},
};
