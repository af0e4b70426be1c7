import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { broniboyRequest } from '../../transport';
import { placeField, requiredText } from '../fields';

export const getWorkload: Operation = {
	resend: 'safe',
	description: [placeField()],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const placeId = requiredText(this, 'placeId', itemIndex, 'Place');
		const workload = (await broniboyRequest.call(this, 'getWorkload', { params: { place_id: placeId } }, itemIndex)) as IDataObject;
		return { place: placeId, ...workload };
	},
};
