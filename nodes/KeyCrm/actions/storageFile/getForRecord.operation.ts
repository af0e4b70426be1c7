import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { recordPath } from '../common/recordPath';

export const getEntityFiles: Operation = {
	resend: 'safe',
	description: [
		{
			displayName: 'Attached To',
			name: 'entityType',
			type: 'options',
			options: [
				{ name: 'Order', value: 'order' },
				{ name: 'Pipeline Card', value: 'pipelines' },
			],
			default: 'order',
			description: 'Kind of record whose files to list',
		},
		{ displayName: 'Record ID', name: 'entityId', type: 'number', required: true, default: 0, description: 'ID of the order or the pipeline card' },
	],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		// Answered as a plain array (not paginated): one output item per file.
		const answer = (await keyCrmRequest.call(this, 'GET', recordPath(this, itemIndex, '/storage/attachment/{entityType}/{entityId}'), {}, itemIndex)) as unknown;
		return Array.isArray(answer) ? (answer as IDataObject[]) : [];
	},
};
