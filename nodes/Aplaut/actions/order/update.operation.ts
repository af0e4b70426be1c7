import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { simplifyProperty } from '../common/queryProperties';
import { idProperty, readId, recordPath, sendRecord } from '../common/recordOperations';
import { detailsProperty, ORDER_ID, ORDER_TYPE, orderLinesProperties, readOrderAttributes, updateFieldsProperty } from './orderFields';

const properties: INodeProperties[] = [
	{
		displayName:
			'Details you send are merged into the existing ones; order lines, if you add any, replace ALL lines of the order. Aplaut creates the order if the number is unknown (PUT creates a missing record), and a new order needs the customer name and email and its order lines: an update with only some fields is then refused with the missing ones named.',
		name: 'updateNotice',
		type: 'notice',
		default: '',
	},
	idProperty(ORDER_ID),
	detailsProperty('Details to add or change; details you do not mention stay as they are'),
	...orderLinesProperties('If set, these products replace all order lines; leave empty to keep the lines'),
	updateFieldsProperty,
	simplifyProperty,
];

export const updateOrder: Operation = {
	resend: 'safe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const orderId = readId(this, itemIndex, ORDER_ID);
		return await sendRecord.call(this, itemIndex, {
			method: 'PUT',
			path: recordPath('/orders', orderId),
			type: ORDER_TYPE,
			attributes: readOrderAttributes(this, itemIndex),
		});
	},
};
