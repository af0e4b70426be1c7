import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { ResourceOperations } from '../../shared/execute/router';
import { customFieldDescription, customFieldOperations } from './customField/customField.resource';
import { orderDescription, orderOperations } from './order/order.resource';
import { orderDictionaryDescription, orderDictionaryOperations } from './orderDictionary/orderDictionary.resource';

/** The orders side of KeyCRM (orders, their dictionaries, custom fields), in one block for the node. */
export const ordersResourceOptions: INodePropertyOptions[] = [
	{ name: 'Custom Field', value: 'customField' },
	{ name: 'Order', value: 'order' },
	{ name: 'Order Dictionary', value: 'orderDictionary' },
];

export const ordersResourceDescriptions: INodeProperties[] = [
	...customFieldDescription,
	...orderDescription,
	...orderDictionaryDescription,
];

export const ordersOperations: Record<string, ResourceOperations> = {
	customField: customFieldOperations,
	order: orderOperations,
	orderDictionary: orderDictionaryOperations,
};
