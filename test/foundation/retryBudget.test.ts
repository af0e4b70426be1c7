import { runNode } from '../support/engine';
import { keyCrmCredentials, useKeyCrmSandbox } from '../support/sandboxes';

/** Issue 23: Max Total Retry Wait counts how long the service refused, not the wait for the pace. */
describe('the retry budget is the time the service refuses', () => {
	const keycrm = useKeyCrmSandbox();
	beforeEach(() => keycrm.store.seedOrders(1));

	it('a retry that waits for the pace longer than Max Total Retry Wait still goes out and succeeds', async () => {
		keycrm.sandbox.injectFault({
			path: '/order/1$',
			fault: { kind: 'status', status: 429, body: { message: 'Too Many Attempts.' }, headers: { 'Retry-After': '1' } },
		});
		const { items, error } = await runNode({
			type: 'keyCrm',
			parameters: {
				resource: 'order',
				operation: 'get',
				orderId: 1,
				// One request per 3 s: the retry waits about 3 s for its slot, the service asked for 1 s.
				requestOptions: { rateLimitRequests: 1, rateLimitPeriod: 3, maxRetries: 3, maxRetryWait: 2 },
			},
			credentials: keyCrmCredentials(keycrm.sandbox),
			credentialIds: { keyCrmApi: 'retry-budget' },
		});
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe(1);
		const attempts = keycrm.sandbox.requests('GET', '/order/1');
		expect(attempts.map((entry) => entry.status)).toEqual([429, 200]);
		expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(2900);
	}, 30_000);
});
