import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { botobotCall } from '../../transport';

export const ORDER_STATUSES = [
	{ name: 'Created (0)', value: 0 },
	{ name: 'Awaiting Processing (10)', value: 10 },
	{ name: 'Confirmed (20)', value: 20 },
	{ name: 'Cancelled (30)', value: 30 },
	{ name: 'Paid (40)', value: 40 },
	{ name: 'Refund Issued (50)', value: 50 },
	{ name: 'Ready for Dispatch (60)', value: 60 },
	{ name: 'Sent (70)', value: 70 },
	{ name: 'Delivered (80)', value: 80 },
	{ name: 'Handed Over (90)', value: 90 },
];

const properties: INodeProperties[] = [
	{
		displayName: 'Order ID',
		name: 'orderId',
		type: 'number',
		required: true,
		default: 0,
		description: 'ID of the order in Botobot (the "ID" of the new-order callback)',
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: ORDER_STATUSES,
		default: 20,
		description: 'The new status. Botobot never lowers a status: a lower one than the current is refused.',
	},
];

export const updateOrderStatus: Operation = {
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const id = this.getNodeParameter('orderId', itemIndex) as number;
		const status = this.getNodeParameter('status', itemIndex) as number;
		await botobotCall.call(this, 'updateOrderStatus', { id, status }, itemIndex);
		return { id, status, updated: true };
	},
};
