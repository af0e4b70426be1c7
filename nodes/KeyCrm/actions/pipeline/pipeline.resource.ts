import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { listOperation } from '../common/listOperation';
import { recordPath } from '../common/recordPath';

const getManyPipelines = listOperation({ path: '/pipelines' });

const getStatuses = listOperation({
	before: [
		{
			displayName: 'Pipeline Name or ID',
			name: 'pipelineId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getPipelines' },
			required: true,
			default: '',
			description: 'Pipeline whose statuses to list. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
	path: (context, itemIndex) => recordPath(context, itemIndex, '/pipelines/{pipelineId}/statuses'),
});

const entries: OperationEntry[] = [
	{ value: 'getAll', name: 'Get Many', action: 'Get many pipelines', description: 'List sales pipelines', operation: getManyPipelines },
	{ value: 'getStatuses', name: 'Get Statuses', action: 'Get statuses of a pipeline', description: 'List the statuses (stages) of a pipeline', operation: getStatuses },
];

export const pipelineDescription = resourceDescription('pipeline', entries, 'getAll');
export const pipelineOperations = operationsOf(entries);
