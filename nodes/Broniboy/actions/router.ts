import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { route } from '../../shared/execute/router';
import { broniboyProfile } from '../transport/profile';
import { placeOperations } from './place/place.resource';

export const broniboyResources = {
	place: placeOperations,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await route.call(this, broniboyProfile, broniboyResources);
}
