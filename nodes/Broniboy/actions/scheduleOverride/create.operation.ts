import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { broniboyRequest } from '../../transport';
import { buildOverrideBody, overrideBodyProperties } from './overrideBody';

export const createOverride: Operation = {
	resend: 'unsafe',
	description: overrideBodyProperties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		return (await broniboyRequest.call(this, 'createScheduleOverride', { body: buildOverrideBody(this, itemIndex) }, itemIndex)) as IDataObject;
	},
};
