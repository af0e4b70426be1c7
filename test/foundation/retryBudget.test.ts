import { runNode } from '../../harness/engine/engine';
import { useKeyCrmSandbox } from '../support/sandboxes';
import { keyCrmCredentials } from '../../sandboxes/credentials';

/** Issue 23: Max Total Retry Wait counts how long the service refused, not the wait for the pace. */
describe('the retry budget is the time the service refuses', () => {
	const keycrm = useKeyCrmSandbox();
	beforeEach(() => keycrm.store.seedOrders(2));

	it('a retry that waits for the pace longer than Max Total Retry Wait still goes out and succeeds', async () => {
		keycrm.sandbox.injectFault({
			path: '/order/2$',
			fault: { kind: 'status', status: 429, body: { message: 'Too Many Attempts.' }, headers: { 'Retry-After': '1' } },
		});
		const { items, error } = await runNode({
			type: 'keyCrm',
			parameters: {
				resource: 'order',
				operation: 'get',
				orderId: '={{ $json.id }}',
				// After the 429 the share is one request per 4 s, and order 1 took it: the retry waits
				// about 4 s for its turn, while the service asked for 1 s.
				requestOptions: { rateLimitRequests: 2, rateLimitPeriod: 4, maxRetries: 3, maxRetryWait: 2, parallelRequests: 2 },
			},
			credentials: keyCrmCredentials(keycrm.sandbox),
			credentialIds: { keyCrmApi: 'retry-budget' },
			items: [{ id: 1 }, { id: 2 }],
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual([1, 2]);
		const attempts = keycrm.sandbox.requests('GET', '/order/2');
		expect(attempts.map((entry) => entry.status)).toEqual([429, 200]);
		expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(3000);
	}, 30_000);
});
