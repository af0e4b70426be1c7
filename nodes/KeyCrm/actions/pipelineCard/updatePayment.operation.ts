import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { formToBody, type Plain } from '../../helpers/catalogValues';
import { keyCrmRequest } from '../../transport';
import { inputError } from '../../../shared/execute/inputError';
import { recordPath } from '../common/recordPath';
import { cardIdProperty, paymentDescriptionProperty, paymentStatusProperty } from './cardFields';

const paymentId: INodeProperties = { displayName: 'Payment ID', name: 'paymentId', type: 'number', required: true, default: 0, description: 'ID of the payment of the card' };

export const updateCardPayment: Operation = {
	resend: 'safe',
	description: [
		cardIdProperty,
		paymentId,
		{ displayName: 'Update Fields', name: 'updateFields', type: 'collection', placeholder: 'Add Field', default: {}, options: [paymentDescriptionProperty, paymentStatusProperty] },
	],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const body = formToBody(this.getNodeParameter('updateFields', itemIndex, {}) as Plain);
		if (Object.keys(body).length === 0) throw inputError(this, 'Choose the Status or the Description to update', itemIndex);
		const path = recordPath(this, itemIndex, '/pipelines/cards/{cardId}/payment/{paymentId}');
		return await keyCrmRequest.call(this, 'PUT', path, { body }, itemIndex);
	},
};
