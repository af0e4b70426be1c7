import { loadOptions } from '../../harness/engine/engine';
import { useAplautSandbox } from '../support/sandboxes';
import { aplautCredentials } from '../../sandboxes/credentials';
import { authorizationFor, expectRequest, HEADER_STYLES, jsons, runAplaut } from './aplautTest';

describe.each(HEADER_STYLES)('Aplaut surveys and responses (Authorization: %s)', (style) => {
	const aplaut = useAplautSandbox();

	const seedSurveys = () => {
		const delivery = aplaut.store.add('surveys', { name: 'Delivery', state: 'inactive', created_at: '2024-01-01T00:00:00Z' });
		const nps = aplaut.store.add('surveys', { name: 'NPS', state: 'active', created_at: '2024-02-01T00:00:00Z' });
		return { nps, delivery };
	};

	it('lists surveys by name, up to 100 a page', async () => {
		seedSurveys();
		const { items } = await runAplaut(aplaut, style, {
			resource: 'survey',
			operation: 'getAll',
			returnAll: true,
			filters: { conditions: [{ field: 'name', operator: 'eq', value: 'NPS' }] },
			include: ['questions'],
		});
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'GET',
			path: '/surveys',
			query: { filter: 'name:eq:NPS', include: 'questions', page: '1', per_page: '100' },
		});
		expect(jsons(items).map((item) => item.name)).toEqual(['NPS']);
	});

	it('lists responses of the survey chosen in the dropdown, combined with the filter builder', async () => {
		const { nps, delivery } = seedSurveys();
		aplaut.store.seed('survey_responses', 3, (i) => ({ survey_id: nps.id, order_number: `N-${i}`, created_at: `2024-0${i + 1}-01T00:00:00Z` }));
		aplaut.store.seed('survey_responses', 2, (i) => ({ survey_id: delivery.id, order_number: `D-${i}` }));
		const { items } = await runAplaut(aplaut, style, {
			resource: 'surveyResponse',
			operation: 'getAll',
			surveyId: nps.id,
			returnAll: true,
			filters: { conditions: [{ field: 'created_at', operator: 'gte', value: '2024-02-01T00:00:00Z' }] },
			sort: { rules: [{ field: 'created_at', direction: 'desc' }] },
		});
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'GET',
			path: '/survey_responses',
			query: {
				filter: `survey_id:eq:${nps.id},created_at:gte:2024-02-01T00:00:00Z`,
				sort: 'created_at:desc',
				page: '1',
				per_page: '25',
			},
		});
		expect(jsons(items).map((item) => item.order_number)).toEqual(['N-2', 'N-1']);
	});

	it('the Survey dropdown lists the account’s surveys, newest first', async () => {
		seedSurveys();
		const options = await loadOptions({ type: 'aplaut', method: 'getSurveys', credentials: aplautCredentials(aplaut.sandbox, style) });
		const request = aplaut.sandbox.journal[0];
		expect(request.path).toBe('/surveys');
		expect(request.query).toEqual({ page: '1', per_page: '100', sort: 'created_at:desc' });
		expect(request.headers.authorization).toBe(authorizationFor(style));
		expect(options).toEqual([
			{ name: 'All Surveys', value: '' },
			expect.objectContaining({ name: 'NPS', description: 'State: active' }),
			expect.objectContaining({ name: 'Delivery', description: 'State: inactive' }),
		]);
	});
});
