import type { IExecuteFunctions } from 'n8n-workflow';

import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { inputError } from '../common/inputError';
import { listOperation } from '../common/listOperation';
import { recordPath } from '../common/recordPath';

const getManyTransactions = listOperation({
	path: '/payments/external-transactions',
	filters: [
		{ kind: 'list', key: 'id', displayName: 'Transaction IDs', description: 'Only these transactions (KeyCRM IDs)' },
		{ kind: 'list', key: 'transaction_uuid', displayName: 'External IDs', description: 'Only transactions with these IDs of the payment service' },
		{ kind: 'list', key: 'gateway_id', displayName: 'Payment Service IDs', description: 'Only transactions of these payment services' },
		{ kind: 'boolean', key: 'is_attached', displayName: 'Attached', description: 'Whether to return only transactions already attached to a payment (on) or only free ones (off)' },
		{ kind: 'dateRange', key: 'created_between', displayName: 'Created Between', description: 'Only transactions created in this period' },
	],
});

const attachToPayment: Operation = {
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

const entries: OperationEntry[] = [
	{ value: 'attachToPayment', name: 'Attach to Payment', action: 'Attach a transaction to a payment', description: 'Link a transaction of a payment service to an order payment', operation: attachToPayment },
	{ value: 'getAll', name: 'Get Many', action: 'Get many external transactions', description: 'List transactions received from payment services', operation: getManyTransactions },
];

export const externalTransactionDescription = resourceDescription('externalTransaction', entries, 'getAll');
export const externalTransactionOperations = operationsOf(entries);
