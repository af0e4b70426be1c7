import type { IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { listOperation } from '../common/listOperation';
import { getOperation, recordPath } from '../common/recordPath';
import { companyForm, readCompany } from './companyForm';

const companyId: INodeProperties = { displayName: 'Company ID', name: 'companyId', type: 'number', required: true, default: 0, description: 'ID of the company in KeyCRM' };
const includes: INodePropertyOptions[] = [
	{ name: 'Buyer', value: 'buyer' },
	{ name: 'Custom Fields', value: 'custom_fields' },
	{ name: 'Manager', value: 'manager' },
];

const createCompany: Operation = {
	description: companyForm,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		return await keyCrmRequest.call(this, 'POST', '/companies', { body: readCompany(this, itemIndex) }, itemIndex);
	},
};

const updateCompany: Operation = {
	description: [companyId, ...companyForm],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		return await keyCrmRequest.call(this, 'PUT', recordPath(this, itemIndex, '/companies/{companyId}'), { body: readCompany(this, itemIndex) }, itemIndex);
	},
};

const getCompany = getOperation({ path: '/companies/{companyId}', id: companyId, include: includes, what: 'company' });

const getManyCompanies = listOperation({
	path: '/companies',
	filters: [
		{ kind: 'list', key: 'company_id', displayName: 'Company IDs', description: 'Only these companies' },
		{ kind: 'dateRange', key: 'created_between', displayName: 'Created Between', description: 'Only companies created in this period' },
		{ kind: 'dateRange', key: 'updated_between', displayName: 'Updated Between', description: 'Only companies changed in this period' },
	],
	include: includes,
});

const entries: OperationEntry[] = [
	{ value: 'create', name: 'Create', action: 'Create a company', description: 'Create a new company', operation: createCompany },
	{ value: 'get', name: 'Get', action: 'Get a company', description: 'Get one company by ID', operation: getCompany },
	{ value: 'getAll', name: 'Get Many', action: 'Get many companies', description: 'List companies', operation: getManyCompanies },
	{ value: 'update', name: 'Update', action: 'Update a company', description: 'Change an existing company', operation: updateCompany },
];

export const companyDescription = resourceDescription('company', entries, 'get');
export const companyOperations = operationsOf(entries);
