import { runNode } from '../../harness/engine/engine';
import { useKeyCrmSandbox } from '../support/sandboxes';
import { keyCrmCredentials } from '../../sandboxes/credentials';

// The sandbox allows N requests per window, like KeyCRM's 60 per minute, only faster.
const N = 10;
const WINDOW_MS = 2000;
const EXECUTIONS = 50;

/**
 * A sale: every Botobot order is its own execution creating one KeyCRM order, all at once, on one
 * saved credential, with the node's pace set to the account's limit.
 */
describe('KeyCRM Order → Create: a burst of concurrent executions on one credential', () => {
	const keycrm = useKeyCrmSandbox();
	beforeEach(() => keycrm.sandbox.setRateLimit({ limit: N, windowMs: WINDOW_MS }));

	const burst = async (credentialId: string) =>
		await Promise.all(
			Array.from({ length: EXECUTIONS }, (_, index) =>
				runNode({
					type: 'keyCrm',
					parameters: {
						resource: 'order',
						operation: 'create',
						sourceId: 2,
						buyerFullName: `Buyer ${index + 1}`,
						additionalFields: { source_uuid: `SALE-${index + 1}` },
						requestOptions: { rateLimitRequests: N, rateLimitPeriod: WINDOW_MS / 1000 },
					},
					credentials: keyCrmCredentials(keycrm.sandbox),
					credentialIds: { keyCrmApi: credentialId },
					continueOnFail: true,
				}),
			),
		);

	const allNumbers = Array.from({ length: EXECUTIONS }, (_, index) => `SALE-${index + 1}`).sort();
	const failedItems = (runs: Awaited<ReturnType<typeof burst>>) =>
		runs.flatMap(({ items, error }) => [
			...(error ? [error.message] : []),
			...items.filter((item) => item.json.error !== undefined).map((item) => String(item.json.error)),
		]);
	const answered = (status: number) => keycrm.sandbox.journal.filter((entry) => entry.status === status);

	it(`${EXECUTIONS} executions paced at ${N} per window: no 429, no failed item, every order created once`, async () => {
		const runs = await burst('burst-paced');
		expect(failedItems(runs)).toEqual([]);
		expect(runs.map(({ items }) => items.length)).toEqual(Array(EXECUTIONS).fill(1));
		expect(answered(429)).toHaveLength(0);
		expect(answered(201)).toHaveLength(EXECUTIONS);
		expect(keycrm.store.orders.map((order) => String(order.source_uuid)).sort()).toEqual(allNumbers);
	}, 60_000);

	it('the same after the account was used up elsewhere and answers 429 without Retry-After for a full window', async () => {
		keycrm.sandbox.exhaustRateLimit({ withoutRetryAfter: true });
		const runs = await burst('burst-bare-429');
		expect(failedItems(runs)).toEqual([]);
		const throttled = answered(429);
		expect(throttled.length).toBeGreaterThan(0);
		for (const entry of throttled) {
			expect(entry.replyHeaders).toEqual({ 'X-RateLimit-Limit': String(N), 'X-RateLimit-Remaining': '0' });
		}
		// The 429s paused the whole account: once an order went through, none met a 429 again.
		const lastThrottled = Math.max(...throttled.map((entry) => entry.at));
		expect(answered(201).every((entry) => entry.at > lastThrottled)).toBe(true);
		expect(answered(201)).toHaveLength(EXECUTIONS);
		expect(keycrm.store.orders.map((order) => String(order.source_uuid)).sort()).toEqual(allNumbers);
	}, 90_000);
});
