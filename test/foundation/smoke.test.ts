import { runNode } from '../support/engine';
import { keyCrmCredentials, useKeyCrmSandbox } from '../support/sandboxes';

describe('smoke', () => {
	const keycrm = useKeyCrmSandbox();
	it('gets an order', async () => {
		keycrm.store.seedOrders(2);
		const result = await runNode({
			type: 'keyCrm',
			parameters: { resource: 'order', operation: 'get', orderId: 2 },
			credentials: keyCrmCredentials(keycrm.sandbox),
		});
		console.log(JSON.stringify(result.items), result.error);
		expect(result.items[0].json.id).toBe(2);
	});
});
