import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { broniboyRequest } from '../../transport';
import { buildOverrideBody, overrideBodyProperties } from './overrideBody';
import { overrideIdField, overrideParams } from './overrideId';

export const updateOverride: Operation = {
	resend: 'safe',
	description: [overrideIdField, ...overrideBodyProperties],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const call = { params: overrideParams(this, itemIndex), body: buildOverrideBody(this, itemIndex) };
		return (await broniboyRequest.call(this, 'changeScheduleOverride', call, itemIndex)) as IDataObject;
	},
};
