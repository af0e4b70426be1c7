import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { botobotCall } from '../../transport';
import { taskIdProperty } from './taskId';

export const removeTask: Operation = {
	resend: 'safe',
	description: [taskIdProperty],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const id = this.getNodeParameter('taskId', itemIndex) as number;
		await botobotCall.call(this, 'removeTask', { id }, itemIndex);
		return { id, removed: true };
	},
};
