import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { getManyStocks } from './getAll.operation';
import { updateStocks } from './update.operation';

export const stockOperations: ResourceOperations = {
	getAll: getManyStocks,
	update: updateStocks,
};

export const stockDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['stock'] } },
		options: [
			{ name: 'Get Many', value: 'getAll', action: 'Get many stocks', description: 'List stock levels of offers' },
			{ name: 'Update', value: 'update', action: 'Update stocks', description: 'Set quantities of offers in a warehouse' },
		],
		default: 'getAll',
	},
	...operationProperties('stock', stockOperations),
];
