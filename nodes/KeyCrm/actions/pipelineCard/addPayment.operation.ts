import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { recordPath } from '../common/recordPath';
import { cardIdProperty, paymentAmountProperty, paymentFromForm, paymentOptionalFields } from './cardFields';

export const addCardPayment: Operation = {
	resend: 'unsafe',
	description: [cardIdProperty, paymentAmountProperty, paymentOptionalFields],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const body = paymentFromForm(
			this,
			itemIndex,
			{ amount: this.getNodeParameter('amount', itemIndex), additionalFields: this.getNodeParameter('additionalFields', itemIndex, {}) },
			'Payment',
		);
		return await keyCrmRequest.call(this, 'POST', recordPath(this, itemIndex, '/pipelines/cards/{cardId}/payment'), { body }, itemIndex);
	},
};
