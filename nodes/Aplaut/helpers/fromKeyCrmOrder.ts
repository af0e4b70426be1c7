/**
 * A KeyCRM order → the attributes of an Aplaut order (Create or Update, "From a KeyCRM Order").
 * Aplaut's order (Platform API 4.1 `OrderAttributes`): number, consumer_name, consumer_email,
 * consumer_phone, created_at, updated_at, details, order_lines [{product_id, name, price}]. Pure.
 */
import {
	isRecord,
	keyCrmTimeToIso,
	missingFromKeyCrmOrder,
	numberOf,
	relation,
	textOf,
	type Json,
} from '../../shared/handover/keyCrmOrder';
import type { OrderLine } from './orderLines';

/** Which KeyCRM value becomes the line's `product_id` (it must equal offer.id of the YML feed Aplaut reads). */
export type ProductIdFrom = 'sku' | 'productId';

/** What the form gives: every value set here wins over the mapped one. */
export interface AplautOrderOverrides {
	number?: string;
	consumer_name?: string;
	consumer_email?: string;
	consumer_phone?: string;
	created_at?: string;
	updated_at?: string;
	details?: Json;
}

export interface AplautOrderSettings {
	productIdFrom: ProductIdFrom;
	/** Put before the KeyCRM order id, e.g. `keycrm-` → `keycrm-42`. */
	numberPrefix?: string;
	overrides?: AplautOrderOverrides;
}

export type AplautOrderMapping = { number: string; attributes: Json; problems?: undefined } | { problems: string[] };

function orderLines(order: Json, productIdFrom: ProductIdFrom, problems: string[]): OrderLine[] {
	const products = order.products;
	if (!Array.isArray(products) || products.length === 0) {
		problems.push(missingFromKeyCrmOrder('products', 'Products With Offer'));
		return [];
	}
	return products.flatMap((entry, index) => {
		const product = isRecord(entry) ? entry : {};
		const offer = relation(product, 'offer') ?? {};
		const name = textOf(product.name);
		const label = `product ${index + 1}${name ? ` ("${name}")` : ''}`;
		const productId = productIdFrom === 'sku' ? (textOf(product.sku) ?? textOf(offer.sku)) : textOf(offer.product_id);
		if (productId === undefined) {
			problems.push(
				productIdFrom === 'sku'
					? `The item's ${label} has no \`sku\` — give the product an SKU in KeyCRM, or choose "Product IDs From: KeyCRM Product ID"`
					: `The item's ${label} has no \`offer.product_id\` — read the order with Include "Products With Offer"`,
			);
			return [];
		}
		const price = numberOf(product.price_sold) ?? numberOf(product.price);
		const line: OrderLine = { product_id: productId };
		if (name !== undefined) line.name = name;
		if (price !== undefined) line.price = price;
		return [line];
	});
}

/** `{number, attributes}` for Aplaut, or every problem found (nothing is sent then). */
export function aplautOrderFromKeyCrmOrder(item: unknown, settings: AplautOrderSettings): AplautOrderMapping {
	const order = isRecord(item) ? item : {};
	const overrides = settings.overrides ?? {};
	const problems: string[] = [];
	const buyer = relation(order, 'buyer');
	const shipping = relation(order, 'shipping') ?? {};

	const id = textOf(order.id);
	const number = textOf(overrides.number) ?? (id === undefined ? undefined : `${settings.numberPrefix ?? ''}${id}`);
	if (number === undefined) problems.push(missingFromKeyCrmOrder('id'));

	const name = textOf(overrides.consumer_name) ?? textOf(buyer?.full_name) ?? textOf(shipping.recipient_full_name);
	const email = textOf(overrides.consumer_email) ?? textOf(buyer?.email);
	if (name === undefined) problems.push(missingFromKeyCrmOrder(buyer ? 'buyer.full_name' : 'buyer', 'Buyer'));
	// Aplaut sends its review requests by email: an order without one cannot take part.
	if (email === undefined) problems.push(missingFromKeyCrmOrder(buyer ? 'buyer.email' : 'buyer', 'Buyer'));

	const lines = orderLines(order, settings.productIdFrom, problems);
	if (problems.length > 0) return { problems: [...new Set(problems)] };

	const details: Json = {};
	const paymentStatus = textOf(order.payment_status);
	if (paymentStatus !== undefined) details.payment_status = paymentStatus;
	const fulfillmentStatus = textOf(shipping.shipping_status);
	if (fulfillmentStatus !== undefined) details.fulfillment_status = fulfillmentStatus;
	Object.assign(details, overrides.details ?? {});

	const attributes: Json = { consumer_name: name, consumer_email: email };
	const phone = textOf(overrides.consumer_phone) ?? textOf(buyer?.phone) ?? textOf(shipping.recipient_phone);
	if (phone !== undefined) attributes.consumer_phone = phone;
	const createdAt = textOf(overrides.created_at) ?? keyCrmTimeToIso(order.ordered_at ?? order.created_at);
	if (createdAt !== undefined) attributes.created_at = createdAt;
	const updatedAt = textOf(overrides.updated_at) ?? keyCrmTimeToIso(order.updated_at);
	if (updatedAt !== undefined) attributes.updated_at = updatedAt;
	if (Object.keys(details).length > 0) attributes.details = details;
	attributes.order_lines = lines;
	return { number: number as string, attributes };
}
