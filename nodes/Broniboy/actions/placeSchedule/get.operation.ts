import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { readWeek } from '../../helpers/weekSchedule';
import { broniboyRequest } from '../../transport';
import { placeField, requiredText } from '../fields';

export const getSchedule: Operation = {
	resend: 'safe',
	description: [placeField()],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const placeId = requiredText(this, 'placeId', itemIndex, 'Place');
		const week = await broniboyRequest.call(this, 'getSchedule', { params: { place_id: placeId } }, itemIndex);
		return { place: placeId, ...readWeek(week) };
	},
};
