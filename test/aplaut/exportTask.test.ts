import { useAplautSandbox } from '../support/sandboxes';
import { expectRequest, HEADER_STYLES, runAplaut } from './aplautTest';

describe.each(HEADER_STYLES)('Aplaut export tasks (Authorization: %s)', (style) => {
	const aplaut = useAplautSandbox();

	it('creates a task with records type, format, filter and sort, and returns it as Aplaut has it', async () => {
		const { items, error } = await runAplaut(aplaut, style, {
			resource: 'exportTask',
			operation: 'create',
			recordsType: 'reviews',
			format: 'xlsx',
			filters: { conditions: [{ field: 'rating', operator: 'gte', value: '4' }, { field: 'state', operator: 'eq', value: 'published' }] },
			sort: { rules: [{ field: 'created_at', direction: 'desc' }] },
			exportFormat: '{id, rating}',
		});
		expect(error).toBeUndefined();
		expectRequest(aplaut.sandbox.journal[0], style, {
			method: 'POST',
			path: '/export_tasks',
			body: {
				data: {
					type: 'export_tasks',
					attributes: {
						records_type: 'reviews',
						format: 'xlsx',
						search_options: { filter: 'rating:gte:4,state:eq:published', sort: 'created_at:desc' },
						export_format: '{id, rating}',
					},
				},
			},
		});
		expect(aplaut.sandbox.journal).toHaveLength(1);
		expect(items[0].json).toMatchObject({ type: 'export_tasks', state: 'waiting', records_type: 'reviews' });
	});

	it('with "Wait for the File", polls until waiting → processing → completed and returns the archive URL', async () => {
		const { items, error } = await runAplaut(aplaut, style, {
			resource: 'exportTask',
			operation: 'create',
			recordsType: 'products',
			format: 'jsonl',
			waitForCompletion: true,
			pollIntervalSeconds: 1,
			maxWaitSeconds: 30,
		});
		expect(error).toBeUndefined();
		const journal = aplaut.sandbox.journal;
		expect(journal.map((entry) => `${entry.method} ${entry.path}`)).toEqual([
			'POST /export_tasks',
			`GET /export_tasks/${String(items[0].json.id)}`,
			`GET /export_tasks/${String(items[0].json.id)}`,
		]);
		expectRequest(journal[1], style, { method: 'GET', path: `/export_tasks/${String(items[0].json.id)}` });
		expect(journal[2].at - journal[1].at).toBeGreaterThanOrEqual(900);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			state: 'completed',
			archive_url: expect.stringMatching(/^https:\/\/.+products-.+\.jsonl\.gz$/),
			archive_content_type: 'application/gzip',
		});
	}, 20_000);

	it('gets a task, and can wait on it too', async () => {
		const task = aplaut.store.add('export_tasks', { records_type: 'reviews', format: 'csv', state: 'waiting' });
		const { items } = await runAplaut(aplaut, style, {
			resource: 'exportTask',
			operation: 'get',
			exportTaskId: task.id,
			waitForCompletion: true,
			pollIntervalSeconds: 1,
		});
		expectRequest(aplaut.sandbox.journal[0], style, { method: 'GET', path: `/export_tasks/${task.id}` });
		expect(aplaut.sandbox.journal).toHaveLength(2);
		expect(items[0].json).toMatchObject({ id: task.id, state: 'completed', archive_url: expect.any(String) });
	}, 20_000);
});

describe('Aplaut export task failures', () => {
	const aplaut = useAplautSandbox();

	it('a suspended task fails the item with the reason', async () => {
		aplaut.behaviour.exports.outcome = 'suspended';
		const { items } = await runAplaut(
			aplaut,
			'token',
			{ resource: 'exportTask', operation: 'create', recordsType: 'reviews', format: 'csv', waitForCompletion: true, pollIntervalSeconds: 1 },
			{ continueOnFail: true },
		);
		expect(items[0].json.error).toMatch(/^Aplaut did not finish export task \w+ \(suspended\)$/);
		expect(items[0].json.description).toBe('Export was cancelled');
	}, 20_000);

	it('gives up after Max Wait with the task still running', async () => {
		const { items } = await runAplaut(
			aplaut,
			'bearer',
			{ resource: 'exportTask', operation: 'create', recordsType: 'reviews', format: 'csv', waitForCompletion: true, pollIntervalSeconds: 1, maxWaitSeconds: 1 },
			{ continueOnFail: true },
		);
		expect(items[0].json.error).toMatch(/^Export task \w+ is still waiting after 1 s$/);
		expect(aplaut.sandbox.journal).toHaveLength(1);
	});
});
