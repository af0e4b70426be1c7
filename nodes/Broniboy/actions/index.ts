import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../../shared/execute/router';
import { b2bOrderDescription, b2bOrderOperations } from './b2bOrder/b2bOrder.resource';
import { merchantOrderDescription, merchantOrderOperations } from './merchantOrder/merchantOrder.resource';
import { placeDescription, placeOperations } from './place/place.resource';
import { placeScheduleDescription, placeScheduleOperations } from './placeSchedule/placeSchedule.resource';
import { placeWorkloadDescription, placeWorkloadOperations } from './placeWorkload/placeWorkload.resource';
import { scheduleOverrideDescription, scheduleOverrideOperations } from './scheduleOverride/scheduleOverride.resource';

/** The node's registry: resource → its operations, as the node routes them. */
export const broniboyResources: Record<string, ResourceOperations> = {
	b2bOrder: b2bOrderOperations,
	merchantOrder: merchantOrderOperations,
	place: placeOperations,
	placeSchedule: placeScheduleOperations,
	placeWorkload: placeWorkloadOperations,
	scheduleOverride: scheduleOverrideOperations,
};

/** Each resource's Operation selector and the fields of its operations. */
export const broniboyOperationProperties: INodeProperties[] = [
	...b2bOrderDescription,
	...merchantOrderDescription,
	...placeDescription,
	...placeScheduleDescription,
	...placeWorkloadDescription,
	...scheduleOverrideDescription,
];
