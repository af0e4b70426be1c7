/**
 * A KeyCRM order → the drop-off and payment type of a Broniboy B2B order (Verify / Create, "From a
 * KeyCRM Order"). The pickup is the form's (a place of the account). The drop-off follows the shape
 * the package sends (docs/broniboy.md, "Order body"): `{address: {address, latitude?, longitude?},
 * client_phone?, comment}`. Broniboy's documented drop-off has no field for the recipient's name, and
 * its webhooks return no field for the shop's order: both go into the comment, the order as the
 * delivery reference (`KeyCRM #12 · Botobot #1001`) that Botobot's "From a Broniboy Delivery" reads. Pure.
 */
import { formatDeliveryReference } from '../../shared/handover/deliveryReference';
import { isRecord, missingFromKeyCrmOrder, relation, textOf, type Json } from '../../shared/handover/keyCrmOrder';

export type PaymentType = 'cash' | 'b2b_account';

/** What the form gives: every value set here wins over the mapped one. */
export interface DropOffOverrides {
	address?: string;
	clientPhone?: string;
	recipientName?: string;
	comment?: string;
	latitude?: number;
	longitude?: number;
}

export interface BroniboyOrderSettings {
	paymentTypeWhenPaid: PaymentType;
	paymentTypeWhenNotPaid: PaymentType;
	overrides?: DropOffOverrides;
}

export type BroniboyOrderMapping = { payment_type: PaymentType; drop_off: Json[]; problems?: undefined } | { problems: string[] };

const PAID = ['paid', 'overpaid'];
const NOT_PAID = ['not_paid', 'part_paid'];
/** What the sandbox (and Broniboy's DRF phone field, as far as known) takes: digits, an optional +. */
const PHONE = /^\+?\d{10,15}$/;

/** `+380 (67) 123-45-67` → `+380671234567`; `00…` → `+…`. */
export function normalisePhone(phone: string): string {
	const compact = phone.replace(/[\s\-().]/g, '');
	return compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
}

/** City, street or pick-up point, and the extra line, as one address text. */
function addressOf(shipping: Json): string | undefined {
	const parts = [shipping.shipping_address_city, shipping.shipping_receive_point, shipping.shipping_secondary_line].map(textOf).filter(Boolean);
	return parts.length > 0 ? parts.join(', ') : undefined;
}

function coordinates(overrides: DropOffOverrides, problems: string[]): Json {
	const { latitude, longitude } = overrides;
	if (latitude === undefined && longitude === undefined) return {};
	if (typeof latitude !== 'number' || typeof longitude !== 'number' || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
		problems.push('Delivery Latitude and Delivery Longitude must be set together, as valid numbers');
		return {};
	}
	return { latitude, longitude };
}

/** The Botobot order id when the KeyCRM order came from Botobot (its source UUID is Botobot's numeric id). */
const botobotOrderIdOf = (order: Json) => {
	const uuid = textOf(order.source_uuid);
	return uuid !== undefined && /^\d+$/.test(uuid) ? uuid : undefined;
};

/** `{payment_type, drop_off}` for Broniboy, or every problem found (nothing is sent then). */
export function broniboyOrderFromKeyCrmOrder(item: unknown, settings: BroniboyOrderSettings): BroniboyOrderMapping {
	const order = isRecord(item) ? item : {};
	const overrides = settings.overrides ?? {};
	const problems: string[] = [];
	const shipping = relation(order, 'shipping');
	const buyer = relation(order, 'buyer') ?? {};

	const id = textOf(order.id);
	if (id === undefined) problems.push(missingFromKeyCrmOrder('id'));

	const paymentStatus = textOf(order.payment_status);
	let paymentType: PaymentType | undefined;
	if (paymentStatus !== undefined && PAID.includes(paymentStatus)) paymentType = settings.paymentTypeWhenPaid;
	else if (paymentStatus !== undefined && NOT_PAID.includes(paymentStatus)) paymentType = settings.paymentTypeWhenNotPaid;
	else problems.push(paymentStatus === undefined ? missingFromKeyCrmOrder('payment_status') : `The item's \`payment_status\` "${paymentStatus}" is not one of KeyCRM's (${[...PAID, ...NOT_PAID].join(', ')})`);

	const address = textOf(overrides.address) ?? (shipping ? addressOf(shipping) : undefined);
	if (address === undefined) {
		problems.push(
			shipping
				? 'The item has no delivery address: `shipping.shipping_address_city`, `shipping.shipping_receive_point` and `shipping.shipping_secondary_line` are all empty — fill the order\'s shipping address in KeyCRM, or set "Delivery Address" under "Override Mapped Fields"'
				: missingFromKeyCrmOrder('shipping', 'Shipping Delivery Service'),
		);
	}
	const location = coordinates(overrides, problems);

	const phoneSource = textOf(overrides.clientPhone) !== undefined ? 'Client Phone' : textOf(shipping?.recipient_phone) !== undefined ? 'shipping.recipient_phone' : 'buyer.phone';
	const rawPhone = textOf(overrides.clientPhone) ?? textOf(shipping?.recipient_phone) ?? textOf(buyer.phone);
	const phone = rawPhone === undefined ? undefined : normalisePhone(rawPhone);
	if (rawPhone !== undefined && !PHONE.test(phone as string)) {
		problems.push(`\`${phoneSource}\` ("${rawPhone}") is not a phone number Broniboy takes: 10 to 15 digits, optionally with a leading +`);
	}
	if (problems.length > 0) return { problems };

	const recipient = textOf(overrides.recipientName) ?? textOf(shipping?.recipient_full_name) ?? textOf(buyer.full_name);
	const reference = formatDeliveryReference({ keyCrmOrderId: id, botobotOrderId: botobotOrderIdOf(order) });
	const comment = [recipient ? `Recipient: ${recipient}` : undefined, textOf(overrides.comment) ?? textOf(order.buyer_comment), reference]
		.filter(Boolean)
		.join('\n');

	const dropOff: Json = { address: { address, ...location } };
	if (phone !== undefined) dropOff.client_phone = phone;
	dropOff.comment = comment;
	return { payment_type: paymentType as PaymentType, drop_off: [dropOff] };
}
