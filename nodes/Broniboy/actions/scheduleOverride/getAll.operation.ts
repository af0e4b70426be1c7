import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { broniboyRequest } from '../../transport';
import { placeField, requiredText } from '../fields';

export const getManyOverrides: Operation = {
	resend: 'safe',
	description: [placeField()],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const placeId = requiredText(this, 'placeId', itemIndex, 'Place');
		const overrides = await broniboyRequest.call(this, 'listScheduleOverrides', { params: { place_id: placeId } }, itemIndex);
		return (Array.isArray(overrides) ? overrides : []) as IDataObject[];
	},
};
