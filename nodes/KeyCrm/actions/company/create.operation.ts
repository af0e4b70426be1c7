import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { companyForm, readCompany } from './companyForm';

export const createCompany: Operation = {
	resend: 'unsafe',
	description: companyForm,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		return await keyCrmRequest.call(this, 'POST', '/companies', { body: readCompany(this, itemIndex) }, itemIndex);
	},
};
