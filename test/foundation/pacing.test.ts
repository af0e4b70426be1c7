import type { INodeParameters } from 'n8n-workflow';

import { runNode } from '../support/engine';
import { keyCrmCredentials, useKeyCrmSandbox } from '../support/sandboxes';

const N = 4;
const WINDOW_MS = 1000;

describe('pacing keeps a batch under the service limit', () => {
	const keycrm = useKeyCrmSandbox();
	beforeEach(() => {
		keycrm.store.seedOrders(3 * N);
		keycrm.sandbox.setRateLimit({ limit: N, windowMs: WINDOW_MS });
	});

	const run = (requestOptions: INodeParameters) =>
		runNode({
			type: 'keyCrm',
			parameters: { resource: 'order', operation: 'get', orderId: '={{ $json.id }}', requestOptions },
			credentials: keyCrmCredentials(keycrm.sandbox),
			items: Array.from({ length: 3 * N }, (_, i) => ({ id: i + 1 })),
		});

	it('with the node paced like the sandbox, 3N requests meet no 429', async () => {
		const { items, error } = await run({ rateLimitRequests: N, rateLimitPeriod: WINDOW_MS / 1000, parallelRequests: 3 });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3 * N);
		expect(keycrm.sandbox.journal.filter((entry) => entry.status === 429)).toHaveLength(0);
		expect(keycrm.sandbox.journal).toHaveLength(3 * N);
	});

	it('with pacing off, the 429s are waited out and no item is lost', async () => {
		const { items, error } = await run({ rateLimitRequests: 0 });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual(Array.from({ length: 3 * N }, (_, i) => i + 1));
		expect(keycrm.sandbox.journal.filter((entry) => entry.status === 429).length).toBeGreaterThan(0);
	});
});
