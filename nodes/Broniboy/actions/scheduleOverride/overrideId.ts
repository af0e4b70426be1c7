import type { IExecuteFunctions } from 'n8n-workflow';

import { idField, requiredText } from '../fields';

export const overrideIdField = idField('overrideId', 'Schedule Override ID', 'The Broniboy ID of the schedule override');

export const overrideParams = (context: IExecuteFunctions, itemIndex: number) => ({
	schedule_override_id: requiredText(context, 'overrideId', itemIndex, 'Schedule Override ID'),
});
