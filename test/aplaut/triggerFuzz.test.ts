import { fuzzBodies, type FuzzBody } from '../support/fuzzBodies';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';
import { SavedStaticData } from '../../harness/engine/savedStaticData';

const SECRET = SANDBOX_TOKENS.aplautWebhookSecret;

/** What n8n's JSON parser made of the body (Aplaut reads it first), or nothing. */
function parsed(body: Buffer): unknown {
	try {
		return JSON.parse(body.toString('utf8'));
	} catch {
		return {};
	}
}

/** The hostile bodies again with the right secret in them: only the rest of the body is wrong. */
function withSecret(fuzz: FuzzBody): FuzzBody | undefined {
	const text = fuzz.body.toString('utf8');
	if (!/^\{/.test(text) || !Buffer.from(text, 'utf8').equals(fuzz.body)) return undefined;
	return { ...fuzz, name: `${fuzz.name}, with the secret`, body: Buffer.from(`{"secret":"${SECRET}","event":"update_review",${text.slice(1)}`, 'utf8') };
}

const bodies = fuzzBodies().flatMap((fuzz) => [fuzz, withSecret(fuzz)].filter((entry): entry is FuzzBody => entry !== undefined));

describe('Aplaut Trigger under hostile bodies', () => {
	const store = new SavedStaticData();

	it.each(bodies.map((fuzz) => [fuzz.name, fuzz] as const))('answers %s with a 4xx and a clear message, starting nothing', async (_name, fuzz) => {
		const outcome = await store.deliver({
			type: 'aplautTrigger',
			parameters: { events: ['*'] },
			credentials: { aplautWebhookApi: { secret: SECRET } },
			request: { method: 'POST', headers: fuzz.contentType ? { 'Content-Type': fuzz.contentType } : {}, rawBody: fuzz.body, body: parsed(fuzz.body) },
		});
		expect(outcome.workflowData).toBeUndefined();
		expect(outcome.response.status).toBeGreaterThanOrEqual(400);
		expect(outcome.response.status).toBeLessThan(500);
		expect(outcome.response.body).toMatchObject({ error: expect.stringMatching(/^The /) });
	});
});
