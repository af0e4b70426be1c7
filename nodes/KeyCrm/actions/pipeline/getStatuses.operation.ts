import { listOperation } from '../common/listOperation';
import { recordPath } from '../common/recordPath';

export const getStatuses = listOperation({
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
