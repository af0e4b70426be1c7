import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { recordPath } from '../common/recordPath';
import { companyForm, companyId, readCompany } from './companyForm';

export const updateCompany: Operation = {
	resend: 'safe',
	description: [companyId, ...companyForm],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		return await keyCrmRequest.call(this, 'PUT', recordPath(this, itemIndex, '/companies/{companyId}'), { body: readCompany(this, itemIndex) }, itemIndex);
	},
};
