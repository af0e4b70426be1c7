import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { inputError } from '../../../shared/execute/inputError';
import { recordPath } from '../common/recordPath';

export const attachToPayment: Operation = {
	// Links two existing records; attaching the same transaction again adds nothing.
	resend: 'safe',
	description: [
		{ displayName: 'Payment ID', name: 'paymentId', type: 'number', required: true, default: 0, description: 'ID of the order payment to attach the transaction to' },
		{
			displayName: 'Find Transaction By',
			name: 'findBy',
			type: 'options',
			options: [
				{ name: 'External ID', value: 'uuid', description: 'The ID the payment service gave the transaction' },
				{ name: 'Transaction ID', value: 'id', description: 'The ID KeyCRM gave the transaction' },
			],
			default: 'id',
			description: 'How the transaction is named',
		},
		{ displayName: 'Transaction ID', name: 'transactionId', type: 'number', default: 0, displayOptions: { show: { findBy: ['id'] } }, description: 'ID of the transaction in KeyCRM' },
		{ displayName: 'External ID', name: 'transactionUuid', type: 'string', default: '', displayOptions: { show: { findBy: ['uuid'] } }, description: 'ID of the transaction at the payment service' },
	],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const byId = this.getNodeParameter('findBy', itemIndex) === 'id';
		const value = this.getNodeParameter(byId ? 'transactionId' : 'transactionUuid', itemIndex) as number | string;
		if (!value || String(value).trim() === '') throw inputError(this, `Give the ${byId ? 'Transaction ID' : 'External ID'} of the transaction`, itemIndex);
		const body = byId ? { transaction_id: value } : { transaction_uuid: String(value).trim() };
		return await keyCrmRequest.call(this, 'POST', recordPath(this, itemIndex, '/payments/{paymentId}/external-transactions'), { body }, itemIndex);
	},
};
