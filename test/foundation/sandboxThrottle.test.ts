import { useAplautSandbox, useKeyCrmSandbox } from '../support/sandboxes';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';

/** The sandboxes' rate limiter as the services' own: what the pacing tests and the e2e runs rely on. */
describe('sandbox throttling, as the services answer it', () => {
	const keycrm = useKeyCrmSandbox();
	const aplaut = useAplautSandbox();

	const keyCrmGet = async () => {
		const response = await fetch(`${keycrm.sandbox.baseUrl}/order`, {
			headers: { Authorization: `Bearer ${SANDBOX_TOKENS.keyCrmApiKey}`, Accept: 'application/json' },
		});
		return { status: response.status, headers: Object.fromEntries(response.headers.entries()) };
	};
	const control = async (base: string, name: string, input: unknown) =>
		await fetch(`${base.replace(/\/v\d+$/, '')}/__sandbox/${name}`, { method: 'POST', body: JSON.stringify(input) });

	it("KeyCRM: Laravel's X-RateLimit-Limit / -Remaining on answers, 429 with Retry-After and a UNIX reset time", async () => {
		keycrm.sandbox.setRateLimit({ limit: 2, windowMs: 5_000 });
		const answers = [await keyCrmGet(), await keyCrmGet(), await keyCrmGet()];
		expect(answers.map((answer) => answer.status)).toEqual([200, 200, 429]);
		expect(answers.map((answer) => answer.headers['x-ratelimit-remaining'])).toEqual(['1', '0', '0']);
		expect(answers.every((answer) => answer.headers['x-ratelimit-limit'] === '2')).toBe(true);
		const refused = answers[2].headers;
		expect(Number(refused['retry-after'])).toBeGreaterThanOrEqual(1);
		expect(Number(refused['retry-after'])).toBeLessThanOrEqual(5);
		expect(Number(refused['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000);
	});

	it('KeyCRM: a used-up window can answer 429 without Retry-After and without the reset, for that window only', async () => {
		keycrm.sandbox.setRateLimit({ limit: 2, windowMs: 800 });
		expect((await control(keycrm.sandbox.baseUrl, 'exhaust-rate-limit', { withoutRetryAfter: true })).status).toBe(200);
		const bare = await keyCrmGet();
		expect(bare.status).toBe(429);
		expect(bare.headers['retry-after']).toBeUndefined();
		expect(bare.headers['x-ratelimit-reset']).toBeUndefined();
		expect(bare.headers['x-ratelimit-remaining']).toBe('0');
		await new Promise((resolve) => setTimeout(resolve, 900));
		const [first, second, third] = [await keyCrmGet(), await keyCrmGet(), await keyCrmGet()];
		expect([first.status, second.status, third.status]).toEqual([200, 200, 429]);
		expect(third.headers['retry-after']).toBeDefined();
	});

	it('KeyCRM: every 429 can come without Retry-After (rate-limit control)', async () => {
		await control(keycrm.sandbox.baseUrl, 'rate-limit', { limit: 1, windowMs: 5_000, withoutRetryAfter: true });
		await keyCrmGet();
		const refused = await keyCrmGet();
		expect(refused.status).toBe(429);
		expect(refused.headers['retry-after']).toBeUndefined();
	});

	it("Aplaut: a plain-text 429 with the 4.1 spec's X-RateLimit-Limit, -Period and -Reset (date-time) and Retry-After", async () => {
		aplaut.sandbox.setRateLimit({ limit: 1, windowMs: 60_000 });
		const get = async () =>
			await fetch(`${aplaut.sandbox.baseUrl}/orders`, {
				headers: { Authorization: `Bearer ${SANDBOX_TOKENS.aplautToken}`, Accept: 'application/vnd.api+json' },
			});
		const allowed = await get();
		expect(allowed.status).toBe(200);
		// The spec documents these headers on 429 only.
		expect(allowed.headers.get('x-ratelimit-remaining')).toBeNull();
		const refused = await get();
		expect(refused.status).toBe(429);
		expect(await refused.text()).toBe('Throttled\n');
		expect(refused.headers.get('x-ratelimit-limit')).toBe('1');
		expect(refused.headers.get('x-ratelimit-period')).toBe('60');
		expect(refused.headers.get('x-ratelimit-reset')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
		expect(Date.parse(refused.headers.get('x-ratelimit-reset')!)).toBeGreaterThan(Date.now());
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
	});
});
