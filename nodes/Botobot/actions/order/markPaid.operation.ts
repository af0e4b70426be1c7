import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { botobotCall } from '../../transport';
import { orderIdProperty } from './orderId';

export const markOrderPaid: Operation = {
	resend: 'safe',
	description: [orderIdProperty],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const id = this.getNodeParameter('orderId', itemIndex) as number;
		await botobotCall.call(this, 'paidOrder', { id }, itemIndex);
		return { id, paid: true };
	},
};
