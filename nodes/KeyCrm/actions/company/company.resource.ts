import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { createCompany } from './create.operation';
import { getCompany } from './get.operation';
import { getManyCompanies } from './getAll.operation';
import { updateCompany } from './update.operation';

export const companyOperations: ResourceOperations = {
	create: createCompany,
	get: getCompany,
	getAll: getManyCompanies,
	update: updateCompany,
};

export const companyDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['company'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a company', description: 'Create a new company' },
			{ name: 'Get', value: 'get', action: 'Get a company', description: 'Get one company by ID' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many companies', description: 'List companies' },
			{ name: 'Update', value: 'update', action: 'Update a company', description: 'Change an existing company' },
		],
		default: 'get',
	},
	...operationProperties('company', companyOperations),
];
