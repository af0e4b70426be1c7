import { listOperation } from '../common/listOperation';
import { cardIncludes } from '../common/includes';

const pickHint = 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.';

export const getManyCards = listOperation({
	path: '/pipelines/cards',
	filters: [
		{ kind: 'pick', key: 'pipeline_id', displayName: 'Pipeline Names or IDs', description: `Only cards of these pipelines. ${pickHint}`, loadOptionsMethod: 'getPipelines' },
		{
			kind: 'pick',
			key: 'status_id',
			displayName: 'Status Names or IDs',
			description: `Only cards in these statuses. ${pickHint}`,
			loadOptionsMethod: 'getPipelineStatuses',
			dependsOn: ['filters.pipelineId'],
		},
		{ kind: 'list', key: 'source_id', displayName: 'Source IDs', description: 'Only cards from these sources' },
		{ kind: 'dateRange', key: 'created_between', displayName: 'Created Between', description: 'Only cards created in this period' },
		{ kind: 'dateRange', key: 'updated_between', displayName: 'Updated Between', description: 'Only cards changed in this period' },
	],
	include: cardIncludes,
});
