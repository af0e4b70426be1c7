import { getOperation } from '../common/recordPath';
import { companyId, companyIncludes } from './companyForm';

export const getCompany = getOperation({ path: '/companies/{companyId}', id: companyId, include: companyIncludes, what: 'company' });
