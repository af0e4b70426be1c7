import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { broniboyRequest } from '../../transport';
import { overrideIdField, overrideParams } from './overrideId';

export const getOverride: Operation = {
	resend: 'safe',
	description: [overrideIdField],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		return (await broniboyRequest.call(this, 'getScheduleOverride', { params: overrideParams(this, itemIndex) }, itemIndex)) as IDataObject;
	},
};
