import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { broniboyRequest } from '../../transport';
import { buildOrderBody, orderBodyProperties } from './orderBody';

export const verifyOrder: Operation = {
	// A POST, but it only checks and prices the order: nothing is booked.
	resend: 'safe',
	description: orderBodyProperties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		return (await broniboyRequest.call(this, 'verifyOrder', { body: buildOrderBody(this, itemIndex) }, itemIndex)) as IDataObject;
	},
};
