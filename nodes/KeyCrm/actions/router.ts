import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { route } from '../../shared/execute/router';
import { keyCrmProfile } from '../transport/profile';
import { customFieldOperations } from './customField/customField.resource';
import { orderOperations } from './order/order.resource';
import { orderDictionaryOperations } from './orderDictionary/orderDictionary.resource';

export const keyCrmResources = {
	// Orders part
	order: orderOperations,
	orderDictionary: orderDictionaryOperations,
	customField: customFieldOperations,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await route.call(this, keyCrmProfile, keyCrmResources);
}
