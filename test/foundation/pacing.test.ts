import type { INodeParameters } from 'n8n-workflow';

import { runNode } from '../../harness/engine/engine';
import { useKeyCrmSandbox } from '../support/sandboxes';
import { keyCrmCredentials } from '../../sandboxes/credentials';

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
	const answered429 = () => keycrm.sandbox.journal.filter((entry) => entry.status === 429);

	it('with the node paced like the sandbox, 3N requests meet no 429', async () => {
		const { items, error } = await run({ rateLimitRequests: N, rateLimitPeriod: WINDOW_MS / 1000, parallelRequests: 3 });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3 * N);
		expect(answered429()).toHaveLength(0);
		expect(keycrm.sandbox.journal).toHaveLength(3 * N);
	});

	it("with pacing off, the service's X-RateLimit-Remaining alone keeps the batch under the limit", async () => {
		const { items, error } = await run({ rateLimitRequests: 0, rateLimitPeriod: WINDOW_MS / 1000 });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual(Array.from({ length: 3 * N }, (_, i) => i + 1));
		expect(answered429()).toHaveLength(0);
	});

	it('when another client used up the window, its 429s are waited out and no item is lost', async () => {
		keycrm.sandbox.exhaustRateLimit();
		const { items, error } = await run({ rateLimitRequests: N, rateLimitPeriod: WINDOW_MS / 1000, parallelRequests: 3 });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual(Array.from({ length: 3 * N }, (_, i) => i + 1));
		expect(answered429().length).toBeGreaterThan(0);
		expect(keycrm.sandbox.journal.filter((entry) => entry.status === 200)).toHaveLength(3 * N);
	});
});

describe('one pace per credential, shared by every execution of the process', () => {
	const keycrm = useKeyCrmSandbox();
	beforeEach(() => keycrm.store.seedOrders(4));

	/** One execution reading one order on the given saved credential. */
	const getOrder = (credentialId: string, requestOptions: INodeParameters, id = 1, continueOnFail = true) =>
		runNode({
			type: 'keyCrm',
			parameters: { resource: 'order', operation: 'get', orderId: id, requestOptions },
			credentials: keyCrmCredentials(keycrm.sandbox),
			credentialIds: { keyCrmApi: credentialId },
			continueOnFail,
		});
	const onePerMinute = { rateLimitRequests: 1, rateLimitPeriod: 60, maxSlotWait: 2 };
	const failed = (items: Array<{ json: Record<string, unknown> }>) => items.some((item) => item.json.error !== undefined);

	it('two executions on one credential share its pace; another credential is paced on its own', async () => {
		const runs = await Promise.all([
			getOrder('shop-a', onePerMinute, 1),
			getOrder('shop-a', onePerMinute, 2),
			getOrder('shop-b', onePerMinute, 3),
			getOrder('shop-b', onePerMinute, 4),
		]);
		const outcome = runs.map(({ items }) => (failed(items) ? 'waited too long' : 'sent'));
		// Each account lets exactly one request through in its minute, whichever execution asked first.
		expect(outcome.slice(0, 2).sort()).toEqual(['sent', 'waited too long']);
		expect(outcome.slice(2).sort()).toEqual(['sent', 'waited too long']);
		expect(keycrm.sandbox.journal).toHaveLength(2);
	});

	it('a request that waits longer than Max Wait for a Slot fails, saying what to change', async () => {
		const [first, second] = await Promise.all([
			getOrder('shop-c', { ...onePerMinute, maxSlotWait: 1 }, 1, false),
			getOrder('shop-c', { ...onePerMinute, maxSlotWait: 1 }, 2, false),
		]);
		const error = first.error ?? second.error;
		expect([first.error, second.error].filter(Boolean)).toHaveLength(1);
		expect(error?.message).toMatch(/^No free slot to send this request to KeyCRM within \d+ s$/);
		expect(error?.description).toContain('Every execution using this KeyCRM credential in this n8n process shares one pace (1 request per 60 s)');
		expect(error?.description).toContain('Raise Max Wait for a Slot');
		expect(error?.description).toContain('raise Max Requests per Period if your KeyCRM plan allows more');
		expect(keycrm.sandbox.journal).toHaveLength(1);
	});

	it('a 429 holds back the other executions on the account, not only the request that met it', async () => {
		keycrm.sandbox.injectFault({
			fault: { kind: 'status', status: 429, body: { message: 'Too Many Attempts.' }, headers: { 'Retry-After': '3' } },
		});
		const unpaced = { rateLimitRequests: 0 };
		const first = getOrder('shop-d', unpaced, 1);
		const pause = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));
		while (!keycrm.sandbox.journal.some((entry) => entry.status === 429)) await pause(10);
		await pause(1000); // the 429 reaches the node
		const [a, b] = await Promise.all([first, getOrder('shop-d', unpaced, 2)]);
		expect(failed(a.items) || failed(b.items)).toBe(false);
		const [throttled] = keycrm.sandbox.journal;
		const later = keycrm.sandbox.journal.slice(1);
		expect(later.map((entry) => entry.path).sort()).toEqual(['/order/1', '/order/2']);
		// Unpaused, the second execution's request would have gone out about a second after the 429.
		for (const entry of later) expect(entry.at - throttled.at).toBeGreaterThanOrEqual(2990);
	});
});
