import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../../shared/execute/router';
import { orderDescription, orderOperations } from './order/order.resource';
import { taskDescription, taskOperations } from './task/task.resource';

/** The node's registry: resource → its operations, as the node routes them. */
export const botobotResources: Record<string, ResourceOperations> = {
	order: orderOperations,
	task: taskOperations,
};

/** Each resource's Operation selector and the fields of its operations. */
export const botobotOperationProperties: INodeProperties[] = [
	...orderDescription,
	...taskDescription,
];
