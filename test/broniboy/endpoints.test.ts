import { BRONIBOY_ENDPOINTS, endpointPath, type BroniboyEndpoint } from '../../nodes/Broniboy/transport/endpoints';
import { PLACE_LENINA } from '../../sandboxes/broniboy/store';
import { useBroniboySandbox } from '../support/sandboxes';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';

describe('Broniboy endpoint table', () => {
	const broniboy = useBroniboySandbox();

	it('marks only the two order-placing paths as documented', () => {
		const documented = Object.entries(BRONIBOY_ENDPOINTS)
			.filter(([, entry]) => entry.source === 'documented')
			.map(([name]) => name);
		expect(documented.sort()).toEqual(['createOrder', 'verifyOrder']);
	});

	it('fills and encodes path placeholders', () => {
		expect(endpointPath('cancelOrder', { order_id: 'a/b c' })).toBe('/orders/a%2Fb%20c/cancel/');
	});

	it('has every path of the table served by the sandbox', async () => {
		const [order] = broniboy.store.seedB2bOrders(1);
		const override = { id: '0a0b0c0d-1111-4222-8333-444444444444', place: PLACE_LENINA, period: ['2026-12-31', '2026-12-31'], interval: null, is_day_off: true };
		const params = {
			order_id: order.id as string,
			place_id: PLACE_LENINA,
			schedule_override_id: override.id,
			state: 'active',
		};
		for (const name of Object.keys(BRONIBOY_ENDPOINTS) as BroniboyEndpoint[]) {
			broniboy.store.overrides = [{ ...override }];
			if (name === 'getMerchantOrder') params.order_id = broniboy.store.merchantOrders[0].id as string;
			const { method } = BRONIBOY_ENDPOINTS[name];
			const response = await fetch(`${broniboy.sandbox.baseUrl}${endpointPath(name, params)}`, {
				method,
				headers: { 'X-App-Token': SANDBOX_TOKENS.broniboyAppToken, 'Content-Type': 'application/json' },
				body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
			});
			// 400 is fine here (empty bodies); 404 would mean the sandbox does not know the path.
			expect({ name, served: [200, 201, 204, 400].includes(response.status) }).toEqual({ name, served: true });
		}
	});
});
