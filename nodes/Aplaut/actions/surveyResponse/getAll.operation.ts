import type { IExecuteFunctions } from 'n8n-workflow';

import { createdAt, updatedAt } from '../common/queryProperties';
import { listRecordsOperation, STANDARD_PAGING } from '../common/recordOperations';

export const getAllSurveyResponses = listRecordsOperation({
	path: '/survey_responses',
	paging: STANDARD_PAGING,
	capHint: 'For all responses use an Export Task.',
	leading: [
		{
			displayName: 'Survey Name or ID',
			name: 'surveyId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getSurveys' },
			default: '',
			description:
				'Only responses to this survey; empty = all surveys. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
	extraFilter: (context: IExecuteFunctions, itemIndex: number) => {
		const surveyId = String(context.getNodeParameter('surveyId', itemIndex, '') ?? '').trim();
		return surveyId ? `survey_id:eq:${surveyId}` : undefined;
	},
	filterFields: [createdAt, updatedAt, { value: 'survey_id', name: 'Survey ID', operators: 'eq, neq' }],
	sortFields: [createdAt, updatedAt],
	includes: [
		{ value: 'answers', name: 'Answers' },
		{ value: 'author', name: 'Author' },
	],
});
