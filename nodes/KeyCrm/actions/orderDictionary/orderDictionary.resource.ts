import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { dictionaryList } from './list.operation';

/** The account's lists orders refer to, each at its own path. */
export const ORDER_DICTIONARIES = [
	{ value: 'getDeliveryServices', name: 'Get Delivery Services', path: '/order/delivery-service', what: 'delivery services' },
	{ value: 'getExpenseTypes', name: 'Get Expense Types', path: '/order/expense-type', what: 'expense types' },
	{ value: 'getPaymentMethods', name: 'Get Payment Methods', path: '/order/payment-method', what: 'payment methods' },
	{ value: 'getProductStatuses', name: 'Get Product Statuses', path: '/order/product-status', what: 'statuses of products in orders' },
	{ value: 'getSources', name: 'Get Sources', path: '/order/source', what: 'order sources (sales channels)' },
	{ value: 'getStatuses', name: 'Get Statuses', path: '/order/status', what: 'active order statuses' },
	{ value: 'getTags', name: 'Get Tags', path: '/order/tag', what: 'order tags' },
] as const;

const entries: OperationEntry[] = ORDER_DICTIONARIES.map(({ value, name, path, what }) => ({
	value,
	name,
	action: `List ${what}`,
	description: `List the account's ${what}`,
	operation: dictionaryList(path),
}));

export const orderDictionaryDescription = resourceDescription('orderDictionary', entries, 'getSources');
export const orderDictionaryOperations = operationsOf(entries);
