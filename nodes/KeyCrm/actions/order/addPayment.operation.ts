import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { paymentProblems } from '../../helpers/orderValidation';
import { keyCrmRequest } from '../../transport';
import { readMoneyEntry } from './moneyEntry';
import { orderIdField, orderPath } from './fields/orderId';
import { paymentFields } from './fields/payments';

const properties: INodeProperties[] = [
	orderIdField,
	...paymentFields().map((field) => (field.name === 'amount' ? { ...field, required: true } : field)),
];

export const addPayment: Operation = {
	resend: 'unsafe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const body = readMoneyEntry(this, properties, itemIndex, 'Payment', (payment) => paymentProblems(payment));
		return await keyCrmRequest.call(this, 'POST', orderPath(this, itemIndex, 'payment'), { body }, itemIndex);
	},
};
