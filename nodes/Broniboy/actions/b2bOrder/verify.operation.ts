import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { broniboyRequest } from '../../transport';
import { isKeyCrmOrderInput, keyCrmOrderOf } from './keyCrmOrderInput';
import { buildOrderBody, orderBodyProperties } from './orderBody';

export const verifyOrder: Operation = {
	// A POST, but it only checks and prices the order: nothing is booked.
	resend: 'safe',
	description: orderBodyProperties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const verified = (await broniboyRequest.call(this, 'verifyOrder', { body: buildOrderBody(this, itemIndex) }, itemIndex)) as IDataObject;
		if (!isKeyCrmOrderInput(this, itemIndex)) return verified;
		// Passed on so that a Create after an IF maps the same KeyCRM order, with no expression.
		return { ...verified, keyCrmOrder: keyCrmOrderOf(this.getInputData()[itemIndex]?.json) };
	},
};
