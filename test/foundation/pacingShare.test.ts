import type { IRun } from 'n8n-workflow';

import type * as Engine from '../../harness/engine/engine';
import { useKeyCrmSandbox } from '../support/sandboxes';
import { keyCrmCredentials } from '../../sandboxes/credentials';
import { usage } from './pacingWindows';

// The sandbox allows LIMIT requests per window and sends no rate-limit headers: only Retry-After on
// its 429s. Every simulated worker is paced at the full limit, as a user sets the node's default.
const LIMIT = 20;
const WINDOW_MS = 3000;
const JOBS = 400;
// n8n's default `n8n worker --concurrency`.
const CONCURRENCY = 10;

/**
 * One more n8n process: its own copy of the package (loaded inside an isolated module registry), so
 * its own module-level pacers, as each `n8n worker` has.
 */
async function startWorker(): Promise<typeof Engine> {
	let engine: typeof Engine | undefined;
	await jest.isolateModulesAsync(async () => {
		engine = require('../../harness/engine/engine') as typeof Engine;
		await engine.loadPackage();
	});
	return engine!;
}

/**
 * Issue 23: queue-mode workers on one key converge on a fair share from the 429s alone, without
 * being told how many they are.
 */
describe('several processes on one key, no rate-limit headers: a fair share from 429s alone', () => {
	const keycrm = useKeyCrmSandbox();
	beforeEach(() => {
		keycrm.store.seedOrders(JOBS);
		keycrm.sandbox.setRateLimit({ limit: LIMIT, windowMs: WINDOW_MS, withoutCountHeaders: true });
	});

	for (const processes of [2, 4]) {
		it(`${processes} workers at the full limit each: after two windows at most 5 % refused and at least 0.85 of the limit, nothing lost`, async () => {
			const workers: Array<typeof Engine> = [];
			for (let index = 0; index < processes; index++) workers.push(await startWorker());
			let next = 0;
			let drainedAt = Infinity;
			const failures: string[] = [];
			const execute = async (engine: typeof Engine) => {
				while (next < JOBS) {
					const id = ++next;
					if (next === JOBS) drainedAt = Date.now();
					const { error, items }: { error?: { message: string }; items: Array<{ json: Record<string, unknown> }>; run: IRun } =
						await engine.runNode({
							type: 'keyCrm',
							parameters: {
								resource: 'order',
								operation: 'get',
								orderId: id,
								requestOptions: { rateLimitRequests: LIMIT, rateLimitPeriod: WINDOW_MS / 1000 },
							},
							credentials: keyCrmCredentials(keycrm.sandbox),
							credentialIds: { keyCrmApi: `fair-share-${processes}` },
						});
					if (error || items[0]?.json.id !== id) failures.push(error?.message ?? `order ${id} missing`);
				}
			};
			await Promise.all(workers.flatMap((engine) => Array.from({ length: CONCURRENCY }, async () => await execute(engine))));
			// While every worker has work: from the third window until the queue ran dry. After it, the
			// last orders wait on the workers holding them (see the whole burst, logged too).
			const measured = usage(keycrm.sandbox.journal, LIMIT, WINDOW_MS, 2, drainedAt);
			const whole = usage(keycrm.sandbox.journal, LIMIT, WINDOW_MS, 2);
			console.log(`${processes} workers, ${JOBS} jobs at ${LIMIT} per ${WINDOW_MS} ms, no headers: while queued ${JSON.stringify(measured)}, whole burst ${JSON.stringify(whole)}`);
			expect(failures).toEqual([]);
			expect(keycrm.sandbox.journal.filter((entry) => entry.status === 200)).toHaveLength(JOBS);
			expect(measured.refusedShare).toBeLessThanOrEqual(0.05);
			expect(measured.ofLimit).toBeGreaterThanOrEqual(0.85);
			expect(whole.refusedShare).toBeLessThanOrEqual(0.05);
		}, 180_000);
	}
});
