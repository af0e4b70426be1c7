import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { attachToPayment } from './attachToPayment.operation';
import { getManyTransactions } from './getAll.operation';

export const externalTransactionOperations: ResourceOperations = {
	attachToPayment: attachToPayment,
	getAll: getManyTransactions,
};

export const externalTransactionDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['externalTransaction'] } },
		options: [
			{ name: 'Attach to Payment', value: 'attachToPayment', action: 'Attach a transaction to a payment', description: 'Link a transaction of a payment service to an order payment' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many external transactions', description: 'List transactions received from payment services' },
		],
		default: 'getAll',
	},
	...operationProperties('externalTransaction', externalTransactionOperations),
];
