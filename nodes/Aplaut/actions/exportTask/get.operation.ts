import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { aplautRequest } from '../../transport';
import { simplifyProperty } from '../common/queryProperties';
import { readSimplify } from '../common/readQuery';
import { idProperty, readId, recordPath, recordsOutput } from '../common/recordOperations';
import { waitIfAsked, waitProperties } from './exportFields';

const exportId = { name: 'exportTaskId', displayName: 'Export Task ID', description: 'ID returned when the export task was created' };

export const getExportTask: Operation = {
	resend: 'safe',
	description: [idProperty(exportId), ...waitProperties, simplifyProperty],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const id = readId(this, itemIndex, exportId);
		const found = await aplautRequest.call(this, 'GET', recordPath('/export_tasks', id), {}, itemIndex);
		const document = await waitIfAsked.call(this, itemIndex, found);
		return recordsOutput(document, readSimplify(this, itemIndex));
	},
};
