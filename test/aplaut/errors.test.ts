import { useAplautSandbox } from '../support/sandboxes';
import { runAplaut } from './aplautTest';

describe('Aplaut errors, throttling and pacing', () => {
	const aplaut = useAplautSandbox();

	it('a refused token gives the plain-text 401 answer, without the token', async () => {
		const { runNode } = await import('../../harness/engine/engine');
		const { aplautCredentials } = await import('../../sandboxes/credentials');
		const { items } = await runNode({
			type: 'aplaut',
			parameters: { resource: 'order', operation: 'get', orderId: 'N-1' },
			credentials: aplautCredentials(aplaut.sandbox, 'bearer', 'wrong-token-1234'),
			continueOnFail: true,
		});
		expect(items[0].json).toMatchObject({ error: 'HTTP Token: Access denied.', httpCode: '401' });
		expect(JSON.stringify(items[0].json)).not.toContain('wrong-token-1234');
	});

	it('an empty ID from an expression fails the item before anything is sent', async () => {
		const { items } = await runAplaut(
			aplaut,
			'token',
			{ resource: 'review', operation: 'delete', reviewId: '={{ $json.missing }}' },
			{ continueOnFail: true },
		);
		expect(items[0].json.error).toBe('Review ID is empty');
		expect(aplaut.sandbox.journal).toHaveLength(0);
	});

	it('a plain-text 429 "Throttled" with Retry-After is waited out and the item succeeds', async () => {
		aplaut.store.add('orders', { number: 'N-1' });
		aplaut.sandbox.setRateLimit({ limit: 1, windowMs: 1_000 });
		const { items, error } = await runAplaut(
			aplaut,
			'token',
			{ resource: 'order', operation: 'get', orderId: 'N-1' },
			{ items: [{}, {}] },
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.number)).toEqual(['N-1', 'N-1']);
		const statuses = aplaut.sandbox.journal.map((entry) => entry.status);
		expect(statuses).toContain(429);
		expect(statuses.filter((status) => status === 200)).toHaveLength(2);
	});

	it('a 429 with only X-RateLimit-Reset (a date-time) waits until then', async () => {
		aplaut.store.add('orders', { number: 'N-1' });
		aplaut.sandbox.injectFault({
			fault: {
				kind: 'status',
				status: 429,
				body: 'Throttled\n',
				contentType: 'text/plain',
				headers: { 'X-RateLimit-Limit': '1', 'X-RateLimit-Period': '60', 'X-RateLimit-Reset': new Date(Date.now() + 1_500).toISOString() },
			},
		});
		const { items } = await runAplaut(aplaut, 'bearer', { resource: 'order', operation: 'get', orderId: 'N-1' });
		const [throttled, retried] = aplaut.sandbox.journal;
		expect(throttled.status).toBe(429);
		expect(retried.at - throttled.at).toBeGreaterThanOrEqual(1_200);
		expect(items[0].json.number).toBe('N-1');
	});

	it('out of retries, the 429 item error carries Aplaut’s own word', async () => {
		aplaut.sandbox.injectFault({
			fault: { kind: 'status', status: 429, body: 'Throttled\n', contentType: 'text/plain', headers: { 'Retry-After': '0' } },
			times: 5,
		});
		const { items } = await runAplaut(
			aplaut,
			'token',
			{ resource: 'order', operation: 'get', orderId: 'N-1' },
			// A 429 is retried until Max Total Retry Wait (each at least a second of it), not Max Retries.
			{ continueOnFail: true, requestOptions: { maxRetries: 1, maxRetryWait: 2 } },
		);
		expect(items[0].json).toMatchObject({ error: 'Throttled', httpCode: '429' });
		expect(aplaut.sandbox.journal).toHaveLength(3);
	});

	it('by default the node keeps to 2 requests per second', async () => {
		aplaut.store.add('orders', { number: 'N-1' });
		const { runNode } = await import('../../harness/engine/engine');
		const { aplautCredentials } = await import('../../sandboxes/credentials');
		const { items } = await runNode({
			type: 'aplaut',
			parameters: { resource: 'order', operation: 'get', orderId: 'N-1', requestOptions: { parallelRequests: 3 } },
			credentials: aplautCredentials(aplaut.sandbox),
			items: Array.from({ length: 6 }, () => ({})),
		});
		expect(items).toHaveLength(6);
		const times = aplaut.sandbox.journal.map((entry) => entry.at);
		// any three consecutive requests span at least a second
		for (let i = 2; i < times.length; i++) expect(times[i] - times[i - 2]).toBeGreaterThanOrEqual(950);
	}, 20_000);
});
