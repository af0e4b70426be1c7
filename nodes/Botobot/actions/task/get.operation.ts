import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { fromUnixSeconds } from '../../helpers/unixTime';
import { botobotCall, dataRecord } from '../../transport';
import { taskIdProperty } from './taskId';

export const getTask: Operation = {
	resend: 'safe',
	description: [taskIdProperty],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const id = this.getNodeParameter('taskId', itemIndex) as number;
		const task = dataRecord(await botobotCall.call(this, 'getTask', { id }, itemIndex));
		const doneAtTimestamp = Number(task.done_at ?? 0) || 0;
		return {
			id,
			status: Number(task.status),
			statusText: typeof task.status_text === 'string' ? task.status_text : '',
			done: doneAtTimestamp > 0,
			doneAt: fromUnixSeconds(doneAtTimestamp),
			doneAtTimestamp,
		};
	},
};
