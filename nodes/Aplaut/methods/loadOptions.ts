import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { flattenDocument } from '../helpers/jsonApi';
import { aplautRequest } from '../transport';

/** The account's surveys, for the Survey dropdown (first 100, as the list allows per page). */
export async function getSurveys(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const document = await aplautRequest.call(this, 'GET', '/surveys', { qs: { page: 1, per_page: 100, sort: 'created_at:desc' } });
	const options = flattenDocument(document).map((survey) => ({
		name: String(survey.name ?? survey.id),
		value: String(survey.id),
		description: survey.state ? `State: ${String(survey.state)}` : undefined,
	}));
	return [{ name: 'All Surveys', value: '' }, ...options];
}
