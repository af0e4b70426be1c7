import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { broniboyRequest } from '../../transport';
import { overrideIdField, overrideParams } from './overrideId';

export const deleteOverride: Operation = {
	resend: 'safe',
	description: [overrideIdField],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const params = overrideParams(this, itemIndex);
		await broniboyRequest.call(this, 'deleteScheduleOverride', { params }, itemIndex);
		return { id: params.schedule_override_id, deleted: true };
	},
};
