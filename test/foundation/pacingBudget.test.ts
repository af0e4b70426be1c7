import { runNode } from '../../harness/engine/engine';
import { keyCrmCredentials } from '../../sandboxes/credentials';
import { useKeyCrmSandbox } from '../support/sandboxes';
import { usage } from './pacingWindows';

// The sandbox allows N requests per window, like KeyCRM's 60 per minute, only faster.
const N = 10;
const WINDOW_MS = 2500;
const EXECUTIONS = 50;

/** Issue 23: alone on the account, one process sends at the configured limit, not a part of it. */
describe("one process alone on a key uses the whole budget", () => {
  const keycrm = useKeyCrmSandbox();
  beforeEach(() => keycrm.store.seedOrders(EXECUTIONS));

  for (const withoutCountHeaders of [false, true]) {
    it(`${EXECUTIONS} concurrent executions paced at ${N} per window, ${withoutCountHeaders ? "no" : "with"} rate-limit headers: at least 0.95 of the limit, no 429`, async () => {
      keycrm.sandbox.setRateLimit({
        limit: N,
        windowMs: WINDOW_MS,
        withoutCountHeaders,
      });
      const runs = await Promise.all(
        Array.from({ length: EXECUTIONS }, (_, index) =>
          runNode({
            type: "keyCrm",
            parameters: {
              resource: "order",
              operation: "get",
              orderId: index + 1,
              requestOptions: {
                rateLimitRequests: N,
                rateLimitPeriod: WINDOW_MS / 1000,
              },
            },
            credentials: keyCrmCredentials(keycrm.sandbox),
            credentialIds: { keyCrmApi: `whole-budget-${withoutCountHeaders}` },
          }),
        ),
      );
      expect(runs.map(({ error }) => error?.message)).toEqual(
        Array(EXECUTIONS).fill(undefined),
      );
      const measured = usage(keycrm.sandbox.journal, N, WINDOW_MS);
      console.log(
        `one process, headers ${!withoutCountHeaders}, ${EXECUTIONS} executions at ${N} per ${WINDOW_MS} ms: ${JSON.stringify(measured)}`,
      );
      expect(keycrm.sandbox.journal).toHaveLength(EXECUTIONS);
      expect(measured.refused429).toBe(0);
      expect(measured.windows).toBe(EXECUTIONS / N);
      expect(measured.ofLimit).toBeGreaterThanOrEqual(0.95);
    }, 60_000);
  }
});
