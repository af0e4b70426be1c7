import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Fields } from '../../helpers/compact';
import { matchingPayment } from '../../helpers/paymentMatch';
import { keyCrmRequest } from '../../transport';

/**
 * `POST <order>/payment`; after a lost answer the order's payments tell whether this one was added,
 * so a payment is never sent twice.
 */
export async function addPaymentOnce(context: IExecuteFunctions, orderPath: string, body: Fields, itemIndex: number): Promise<IDataObject> {
	const verify = async () => {
		const order = await keyCrmRequest.call(context, 'GET', orderPath, { qs: { include: 'payments' }, resend: 'safe' }, itemIndex);
		return matchingPayment(order.payments, body);
	};
	return await keyCrmRequest.call(context, 'POST', `${orderPath}/payment`, { body, verify }, itemIndex);
}
