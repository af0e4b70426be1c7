import type { INodeProperties } from 'n8n-workflow';

export const taskIdProperty: INodeProperties = {
	displayName: 'Task ID',
	name: 'taskId',
	type: 'number',
	required: true,
	default: 0,
	typeOptions: { minValue: 1 },
	description: 'ID of the scheduled task, as Task → Add returned it',
};
