import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { route } from '../../shared/execute/router';
import { keyCrmProfile } from '../transport/profile';
import { catalogOperations } from './catalog.resources';
import { ordersOperations } from './orders.resources';

export const keyCrmResources = {
	...ordersOperations,
	...catalogOperations,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await route.call(this, keyCrmProfile, keyCrmResources);
}
