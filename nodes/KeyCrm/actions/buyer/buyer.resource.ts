import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { createBuyer } from './create.operation';
import { getBuyer } from './get.operation';
import { getManyBuyers } from './getAll.operation';
import { importBuyers } from './import.operation';
import { updateBuyer } from './update.operation';

export const buyerOperations: ResourceOperations = {
	create: createBuyer,
	get: getBuyer,
	getAll: getManyBuyers,
	import: importBuyers,
	update: updateBuyer,
};

export const buyerDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['buyer'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a buyer', description: 'Create a new buyer' },
			{ name: 'Get', value: 'get', action: 'Get a buyer', description: 'Get one buyer by ID' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many buyers', description: 'List buyers' },
			{ name: 'Import', value: 'import', action: 'Import buyers', description: 'Create many buyers in one request' },
			{ name: 'Update', value: 'update', action: 'Update a buyer', description: 'Change an existing buyer' },
		],
		default: 'get',
	},
	...operationProperties('buyer', buyerOperations),
];
