import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { route } from '../../shared/execute/router';
import { aplautProfile } from '../transport/profile';
import { orderOperations } from './order/order.resource';

export const aplautResources = {
	order: orderOperations,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await route.call(this, aplautProfile, aplautResources);
}
