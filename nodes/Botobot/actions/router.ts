import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { route } from '../../shared/execute/router';
import { botobotProfile } from '../transport/profile';
import { orderOperations } from './order/order.resource';
import { taskOperations } from './task/task.resource';

export const botobotResources = {
	order: orderOperations,
	task: taskOperations,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await route.call(this, botobotProfile, botobotResources);
}
