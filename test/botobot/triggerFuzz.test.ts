import { fuzzBodies } from '../support/fuzzBodies';
import { SavedStaticData } from '../../harness/engine/savedStaticData';
import { credentials, PATH, SECRET } from './callbackRequests';

// Every hostile body arrives with the right secret: only the body can be wrong.
describe('Botobot Trigger under hostile bodies', () => {
	const store = new SavedStaticData();
	const parameters = { protection: 'urlSecret', ignoreRepeats: true, options: {} };

	it.each(fuzzBodies().map((fuzz) => [fuzz.name, fuzz] as const))('answers %s with a 4xx and a clear message, starting nothing', async (_name, fuzz) => {
		const outcome = await store.deliver({
			type: 'botobotTrigger',
			parameters,
			credentials,
			request: {
				method: 'POST',
				url: `${PATH}/${SECRET}`,
				params: { secret: SECRET },
				headers: fuzz.contentType ? { 'Content-Type': fuzz.contentType } : {},
				rawBody: fuzz.body,
				body: {},
			},
		});
		expect(outcome.workflowData).toBeUndefined();
		expect(outcome.response.status).toBeGreaterThanOrEqual(400);
		expect(outcome.response.status).toBeLessThan(500);
		expect(outcome.response.body).toMatchObject({ status: 'fail', message: expect.stringMatching(/^The (body|request|JSON body|multipart body|A part)|^The request|^A part/) });
	});

	it('answers junk queries by GET with 400, starting nothing', async () => {
		for (const query of ['', 'a[b][c][d]=1', '%ff%fe=%c3', `${'x'.repeat(8000)}=1`, 'secret=other']) {
			const outcome = await store.deliver({
				type: 'botobotTrigger',
				parameters,
				credentials,
				request: { method: 'GET', url: `${PATH}/${SECRET}?${query}`, params: { secret: SECRET } },
			});
			expect(outcome.response.status).toBe(400);
			expect(outcome.workflowData).toBeUndefined();
		}
	});
});
