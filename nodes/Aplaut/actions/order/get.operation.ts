import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { flattenDocument } from '../../helpers/jsonApi';
import { aplautRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Order ID or Number',
		name: 'orderId',
		type: 'string',
		required: true,
		default: '',
		description: "Aplaut's internal ID of the order, or the shop's order number",
	},
];

export const getOrder: Operation = {
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const orderId = this.getNodeParameter('orderId', itemIndex) as string;
		const document = await aplautRequest.call(this, 'GET', `/orders/${encodeURIComponent(orderId)}`, {}, itemIndex);
		return flattenDocument(document) as IDataObject[];
	},
};
