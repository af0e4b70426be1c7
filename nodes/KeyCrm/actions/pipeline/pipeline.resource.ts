import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { getManyPipelines } from './getAll.operation';
import { getStatuses } from './getStatuses.operation';

export const pipelineOperations: ResourceOperations = {
	getAll: getManyPipelines,
	getStatuses: getStatuses,
};

export const pipelineDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['pipeline'] } },
		options: [
			{ name: 'Get Many', value: 'getAll', action: 'Get many pipelines', description: 'List sales pipelines' },
			{ name: 'Get Statuses', value: 'getStatuses', action: 'Get statuses of a pipeline', description: 'List the statuses (stages) of a pipeline' },
		],
		default: 'getAll',
	},
	...operationProperties('pipeline', pipelineOperations),
];
