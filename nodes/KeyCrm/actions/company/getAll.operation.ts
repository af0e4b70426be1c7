import { listOperation } from '../common/listOperation';
import { companyIncludes } from './companyForm';

export const getManyCompanies = listOperation({
	path: '/companies',
	filters: [
		{ kind: 'list', key: 'company_id', displayName: 'Company IDs', description: 'Only these companies' },
		{ kind: 'dateRange', key: 'created_between', displayName: 'Created Between', description: 'Only companies created in this period' },
		{ kind: 'dateRange', key: 'updated_between', displayName: 'Updated Between', description: 'Only companies changed in this period' },
	],
	include: companyIncludes,
});
