import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { broniboyRequest } from '../../transport';
import { idField, requiredText } from '../fields';

export const getMerchantOrder: Operation = {
	resend: 'safe',
	description: [idField('orderId', 'Order ID', 'The Broniboy ID of the order')],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const orderId = requiredText(this, 'orderId', itemIndex, 'Order ID');
		return (await broniboyRequest.call(this, 'getMerchantOrder', { params: { order_id: orderId } }, itemIndex)) as IDataObject;
	},
};
