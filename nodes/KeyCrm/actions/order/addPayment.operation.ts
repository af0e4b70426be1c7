import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { paymentProblems } from '../../helpers/orderValidation';
import { matchingPayment } from '../../helpers/paymentMatch';
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
	uncertain: { mayHave: 'KeyCRM may have added this payment to the order', check: 'check the payments of the order (Order → Get, Include: Payments)' },
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const body = readMoneyEntry(this, properties, itemIndex, 'Payment', (payment) => paymentProblems(payment));
		// After a lost answer the order's payments tell whether this one was added.
		const verify = async () => {
			const order = await keyCrmRequest.call(this, 'GET', orderPath(this, itemIndex), { qs: { include: 'payments' }, resend: 'safe' }, itemIndex);
			return matchingPayment(order.payments, body);
		};
		return await keyCrmRequest.call(this, 'POST', orderPath(this, itemIndex, 'payment'), { body, verify }, itemIndex);
	},
};
