import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { paymentProblems } from '../../helpers/orderValidation';
import { addBotobotPayment, BOTOBOT_PAID_ORDER_MODE, paymentInputField, presetPaymentFields } from './botobotPayment';
import { readMoneyEntry } from './moneyEntry';
import { addPaymentOnce } from './paymentOnce';
import { orderIdField, orderPath } from './fields/orderId';
import { paymentFields } from './fields/payments';

const formProperties: INodeProperties[] = [
	orderIdField,
	...paymentFields().map((field) => (field.name === 'amount' ? { ...field, required: true } : field)),
].map((field) => ({ ...field, displayOptions: { show: { inputMode: ['fields'] } } }));

const presetProperties = presetPaymentFields(paymentFields());

export const addPayment: Operation = {
	resend: 'unsafe',
	uncertain: { mayHave: 'KeyCRM may have added this payment to the order', check: 'check the payments of the order (Order → Get, Include: Payments)' },
	description: [paymentInputField, ...formProperties, ...presetProperties],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		if (this.getNodeParameter('inputMode', itemIndex, 'fields') === BOTOBOT_PAID_ORDER_MODE) {
			return await addBotobotPayment(this, presetProperties, itemIndex);
		}
		const body = readMoneyEntry(this, formProperties, itemIndex, 'Payment', (payment) => paymentProblems(payment));
		return await addPaymentOnce(this, orderPath(this, itemIndex), body, itemIndex);
	},
};
