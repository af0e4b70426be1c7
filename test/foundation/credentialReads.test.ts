import { HarnessCredentialsHelper } from '../../harness/engine/credentials';
import { runNode } from '../../harness/engine/engine';
import { useKeyCrmSandbox } from '../support/sandboxes';
import { keyCrmCredentials } from '../../sandboxes/credentials';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';

// In n8n 2.x every credential read is a database query, a decryption and an expression isolate:
// the shared core reads the credential once per request and hands it to n8n's request helper.
describe('credential reads', () => {
	const keycrm = useKeyCrmSandbox();

	it('one read per request, and the request is still authenticated', async () => {
		keycrm.store.seedOrders(3);
		const getDecrypted = jest.spyOn(HarnessCredentialsHelper.prototype, 'getDecrypted');
		try {
			const { items, error } = await runNode({
				type: 'keyCrm',
				parameters: { resource: 'order', operation: 'get', orderId: '={{ $json.id }}', requestOptions: { rateLimitRequests: 0 } },
				credentials: keyCrmCredentials(keycrm.sandbox),
				items: [{ id: 1 }, { id: 2 }, { id: 3 }],
			});
			expect(error).toBeUndefined();
			expect(items.map((item) => item.json.id)).toEqual([1, 2, 3]);
			expect(getDecrypted).toHaveBeenCalledTimes(3);
			expect(keycrm.sandbox.journal.map((entry) => entry.headers.authorization)).toEqual(
				Array(3).fill(`Bearer ${SANDBOX_TOKENS.keyCrmApiKey}`),
			);
		} finally {
			getDecrypted.mockRestore();
		}
	});
});
