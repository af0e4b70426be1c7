import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { route } from '../../shared/execute/router';
import { broniboyProfile } from '../transport/profile';
import { b2bOrderOperations } from './b2bOrder/b2bOrder.resource';
import { merchantOrderOperations } from './merchantOrder/merchantOrder.resource';
import { placeOperations } from './place/place.resource';
import { placeScheduleOperations } from './placeSchedule/placeSchedule.resource';
import { placeWorkloadOperations } from './placeWorkload/placeWorkload.resource';
import { scheduleOverrideOperations } from './scheduleOverride/scheduleOverride.resource';

export const broniboyResources = {
	b2bOrder: b2bOrderOperations,
	merchantOrder: merchantOrderOperations,
	place: placeOperations,
	placeSchedule: placeScheduleOperations,
	placeWorkload: placeWorkloadOperations,
	scheduleOverride: scheduleOverrideOperations,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await route.call(this, broniboyProfile, broniboyResources);
}
