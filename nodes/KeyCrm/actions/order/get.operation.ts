import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Order ID',
		name: 'orderId',
		type: 'number',
		required: true,
		default: 0,
		description: 'ID of the order in KeyCRM',
	},
	{
		displayName: 'Include',
		name: 'include',
		type: 'multiOptions',
		default: [],
		description: 'Related records to return with the order',
		options: [
			{ name: 'Assigned', value: 'assigned' },
			{ name: 'Buyer', value: 'buyer' },
			{ name: 'Custom Fields', value: 'custom_fields' },
			{ name: 'Expenses', value: 'expenses' },
			{ name: 'Manager', value: 'manager' },
			{ name: 'Marketing', value: 'marketing' },
			{ name: 'Payments', value: 'payments' },
			{ name: 'Products Offer', value: 'products.offer' },
			{ name: 'Shipping Delivery Service', value: 'shipping.deliveryService' },
			{ name: 'Shipping Last History', value: 'shipping.lastHistory' },
			{ name: 'Status', value: 'status' },
			{ name: 'Tags', value: 'tags' },
		],
	},
];

export const getOrder: Operation = {
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const orderId = this.getNodeParameter('orderId', itemIndex) as number;
		const include = this.getNodeParameter('include', itemIndex, []) as string[];
		return await keyCrmRequest.call(
			this,
			'GET',
			`/order/${encodeURIComponent(String(orderId))}`,
			{ qs: include.length ? { include: include.join(',') } : undefined },
			itemIndex,
		);
	},
};
