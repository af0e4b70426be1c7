import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { inputError } from '../../../shared/execute/inputError';
import { aplautRequest } from '../../transport';
import { recordPath } from '../common/recordOperations';

export const EXPORT_TYPE = 'export_tasks';

export const waitProperties: INodeProperties[] = [
	{
		displayName: 'Wait for the File',
		name: 'waitForCompletion',
		type: 'boolean',
		default: false,
		description: 'Whether to check the task again until Aplaut has built the file, and return its download link (archive_url)',
	},
	{
		displayName: 'Max Wait (Seconds)',
		name: 'maxWaitSeconds',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 3600 },
		displayOptions: { show: { waitForCompletion: [true] } },
		default: 300,
		description: 'After this long the item fails with the task still running; get it later with Export Task → Get',
	},
	{
		displayName: 'Check Every (Seconds)',
		name: 'pollIntervalSeconds',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 600 },
		displayOptions: { show: { waitForCompletion: [true] } },
		default: 10,
		description: 'Pause between two checks of the task',
	},
];

const attributesOf = (document: IDataObject) => ((document.data as IDataObject | undefined)?.attributes ?? {}) as IDataObject;

/**
 * Polls `GET /export_tasks/{id}` until the task is completed (waiting → processing → completed),
 * within a bounded time. A suspended or rejected task fails the item with Aplaut's reason.
 */
export async function waitIfAsked(this: IExecuteFunctions, itemIndex: number, document: IDataObject): Promise<IDataObject> {
	if (!this.getNodeParameter('waitForCompletion', itemIndex, false)) return document;
	const maxWaitMs = (this.getNodeParameter('maxWaitSeconds', itemIndex, 300) as number) * 1000;
	const pollMs = (this.getNodeParameter('pollIntervalSeconds', itemIndex, 10) as number) * 1000;
	const id = String((document.data as IDataObject | undefined)?.id ?? '');
	const deadline = Date.now() + maxWaitMs;
	let current = document;
	for (;;) {
		const attributes = attributesOf(current);
		const state = String(attributes.state ?? '');
		if (state === 'completed' && attributes.archive_url) return current;
		if (state === 'suspended' || attributes.rejected_at || attributes.rejection_message) {
			throw inputError(this, `Aplaut did not finish export task ${id} (${state || 'rejected'})`, itemIndex, String(attributes.rejection_message ?? 'The task was suspended'));
		}
		if (Date.now() + pollMs >= deadline) {
			throw inputError(this, `Export task ${id} is still ${state || 'running'} after ${maxWaitMs / 1000} s`, itemIndex, 'Raise Max Wait, or fetch the task later with Export Task → Get');
		}
		await sleep(pollMs);
		current = await aplautRequest.call(this, 'GET', recordPath('/export_tasks', id), {}, itemIndex);
	}
}
