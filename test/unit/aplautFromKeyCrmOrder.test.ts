import { toDocument } from '../../nodes/Aplaut/helpers/jsonApi';
import { aplautOrderFromKeyCrmOrder, type AplautOrderSettings } from '../../nodes/Aplaut/helpers/fromKeyCrmOrder';
import { sampleKeyCrmOrder } from '../../sandboxes/keycrm/samples';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';
import { useAplautSandbox } from '../support/sandboxes';

const settings: AplautOrderSettings = { productIdFrom: 'sku' };

const mapped = (item: unknown, extra: Partial<AplautOrderSettings> = {}) => aplautOrderFromKeyCrmOrder(item, { ...settings, ...extra });

describe('Aplaut order from a KeyCRM order (pure mapping)', () => {
	const aplaut = useAplautSandbox();

	it('maps the sample KeyCRM order to the Aplaut order attributes, field by field', () => {
		expect(mapped(sampleKeyCrmOrder())).toEqual({
			number: '22',
			attributes: {
				consumer_name: 'Anna Koval',
				consumer_email: 'anna@example.com',
				consumer_phone: '+380 50 111-22-33',
				created_at: '2024-05-01T10:00:00Z',
				updated_at: '2024-05-01T10:30:00Z',
				details: { payment_status: 'not_paid' },
				order_lines: [
					{ product_id: 'TEA-001', name: 'Green tea 100 g', price: 250 },
					{ product_id: 'CUP-010', name: 'Ceramic cup', price: 750 },
				],
			},
		});
	});

	it('gives a body the Aplaut sandbox (Platform API 4.1 schema) accepts as a new order', async () => {
		const result = mapped(sampleKeyCrmOrder(), { numberPrefix: 'keycrm-' });
		if (result.problems) throw new Error(result.problems.join('; '));
		const response = await fetch(`${aplaut.sandbox.baseUrl}/orders/${result.number}`, {
			method: 'PUT',
			headers: { Authorization: `Bearer ${SANDBOX_TOKENS.aplautToken}`, 'Content-Type': 'application/vnd.api+json', Accept: 'application/vnd.api+json' },
			body: JSON.stringify(toDocument('orders', result.attributes)),
		});
		expect(response.status).toBe(201);
		expect(aplaut.store.all('orders')).toEqual([expect.objectContaining({ number: 'keycrm-22', consumer_email: 'anna@example.com' })]);
	});

	it('takes the catalogue product ID instead of the SKU when asked, and the sold price over the list price', () => {
		const result = mapped(sampleKeyCrmOrder(), { productIdFrom: 'productId' });
		expect(result.problems).toBeUndefined();
		expect(result).toMatchObject({
			attributes: {
				order_lines: [
					{ product_id: '11', name: 'Green tea 100 g', price: 250 },
					{ product_id: '12', name: 'Ceramic cup', price: 750 },
				],
			},
		});
	});

	it('lets every override win over the mapped value, details merged over the mapped ones', () => {
		const result = mapped(sampleKeyCrmOrder({ payment_status: 'paid' }), {
			numberPrefix: 'keycrm-',
			overrides: {
				number: 'SHOP-9',
				consumer_name: 'A. Koval',
				consumer_email: 'a.koval@example.com',
				consumer_phone: '+380500000000',
				created_at: '2024-05-02T08:00:00+03:00',
				details: { payment_status: 'paid-by-card', region: 'Kyiv' },
			},
		});
		expect(result).toMatchObject({
			number: 'SHOP-9',
			attributes: {
				consumer_name: 'A. Koval',
				consumer_email: 'a.koval@example.com',
				consumer_phone: '+380500000000',
				created_at: '2024-05-02T08:00:00+03:00',
				details: { payment_status: 'paid-by-card', region: 'Kyiv' },
			},
		});
	});

	it('fills a missing email from the override rather than failing', () => {
		const order = sampleKeyCrmOrder({ buyer: { full_name: 'Anna Koval', phone: '+380501112233' } });
		expect(mapped(order, { overrides: { consumer_email: 'anna@example.com' } }).problems).toBeUndefined();
	});

	it('names each missing field and the node that supplies it, and finds them all at once', () => {
		const { buyer: _buyer, products: _products, ...bare } = sampleKeyCrmOrder();
		const result = mapped(bare);
		expect(result.problems).toEqual([
			'The item has no `buyer` — connect a KeyCRM Trigger (Fetch Full Record, Include "Buyer"), KeyCRM Poll Trigger with Include "Buyer" or KeyCRM Order → Get / Get Many with Include "Buyer" before this node',
			'The item has no `products` — connect a KeyCRM Trigger (Fetch Full Record, Include "Products With Offer"), KeyCRM Poll Trigger with Include "Products With Offer" or KeyCRM Order → Get / Get Many with Include "Products With Offer" before this node',
		]);
	});

	it('names the buyer email when the buyer has none, the order id when there is none', () => {
		const { id: _id, ...order } = sampleKeyCrmOrder({ buyer: { full_name: 'Anna Koval' } });
		expect(mapped(order).problems).toEqual([
			expect.stringMatching(/^The item has no `id` — connect a KeyCRM Trigger/),
			expect.stringMatching(/^The item has no `buyer\.email` — connect a KeyCRM Trigger \(Fetch Full Record, Include "Buyer"\)/),
		]);
	});

	it('names the product line without an SKU, or without the offer when product IDs are asked for', () => {
		const products = [{ name: 'Gift card', price: 100, quantity: 1 }];
		expect(mapped(sampleKeyCrmOrder({ products })).problems).toEqual([
			'The item\'s product 1 ("Gift card") has no `sku` — give the product an SKU in KeyCRM, or choose "Product IDs From: KeyCRM Product ID"',
		]);
		expect(mapped(sampleKeyCrmOrder({ products }), { productIdFrom: 'productId' }).problems).toEqual([
			'The item\'s product 1 ("Gift card") has no `offer.product_id` — read the order with Include "Products With Offer"',
		]);
	});

	it('refuses an item that is not an object, naming the order id, the buyer (once) and the products', () => {
		const problems = mapped('not an order').problems ?? [];
		expect(problems.map((problem) => /`([^`]+)`/.exec(problem)?.[1])).toEqual(['id', 'buyer', 'products']);
	});
});
