import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { getDeliveryServices } from './getDeliveryServices.operation';
import { getExpenseTypes } from './getExpenseTypes.operation';
import { getPaymentMethods } from './getPaymentMethods.operation';
import { getProductStatuses } from './getProductStatuses.operation';
import { getSources } from './getSources.operation';
import { getStatuses } from './getStatuses.operation';
import { getTags } from './getTags.operation';

/** The account's lists orders refer to, each a paged list at its own path. */
export const orderDictionaryOperations: ResourceOperations = {
	getDeliveryServices,
	getExpenseTypes,
	getPaymentMethods,
	getProductStatuses,
	getSources,
	getStatuses,
	getTags,
};

export const orderDictionaryDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['orderDictionary'] } },
		options: [
			{ name: 'Get Delivery Services', value: 'getDeliveryServices', action: 'List delivery services', description: "List the account's delivery services" },
			{ name: 'Get Expense Types', value: 'getExpenseTypes', action: 'List expense types', description: "List the account's expense types" },
			{ name: 'Get Payment Methods', value: 'getPaymentMethods', action: 'List payment methods', description: "List the account's payment methods" },
			{ name: 'Get Product Statuses', value: 'getProductStatuses', action: 'List statuses of products in orders', description: "List the account's statuses of products in orders" },
			{ name: 'Get Sources', value: 'getSources', action: 'List order sources', description: "List the account's order sources (sales channels)" },
			{ name: 'Get Statuses', value: 'getStatuses', action: 'List active order statuses', description: "List the account's active order statuses" },
			{ name: 'Get Tags', value: 'getTags', action: 'List order tags', description: "List the account's order tags" },
		],
		default: 'getSources',
	},
	...operationProperties('orderDictionary', orderDictionaryOperations),
];
