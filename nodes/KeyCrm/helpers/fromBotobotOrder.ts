/**
 * Botobot orders (the new-order callback, Botobot Poll Trigger and Order → Get Many items) as KeyCRM
 * bodies: a new order, and the payment of a paid one. Pure: no n8n imports.
 */
import { compact, idOf, type Fields } from './compact';

export type Mapped<T> = { ok: true; value: T } | { ok: false; problems: string[] };

const BOTOBOT_NODES = 'a Botobot Trigger, Botobot Poll Trigger or Botobot Order → Get Many';

/** "The item has no `goods` — connect …": `fields` is one name or several ("`recipient`, `mobile` or `email`"). */
export function missingBotobotField(field: string, fields = `\`${field}\``): string {
	return `The item has no ${fields} — connect ${BOTOBOT_NODES} before this node`;
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Botobot's order id as text: a positive whole number, from JSON (number) or a form (text). */
function botobotOrderId(item: Fields): string | undefined {
	const text = typeof item.id === 'number' || typeof item.id === 'string' ? String(item.id).trim() : '';
	return /^\d+$/.test(text) && Number(text) > 0 ? text : undefined;
}

const DELIVERY_NAMES: Record<string, string> = { pickup: 'Pickup', shipping: 'Delivery to the door' };

function productOf(good: unknown, index: number, problems: string[]): Fields {
	const entry = isRecord(good) ? good : {};
	if (isBlank(entry.title) && isBlank(entry.article)) problems.push(missingBotobotField(`goods[${index}].title`));
	return compact({ sku: entry.article, name: entry.title, price: entry.price, discount_amount: entry.discount, quantity: entry.count });
}

export interface BotobotOrderChoices {
	/** The KeyCRM payment method a paid order's payment gets (the form's "Payment Method for Paid Orders"). */
	paymentMethodId?: unknown;
}

/**
 * The KeyCRM order of one Botobot order: buyer and recipient from `recipient`/`mobile`/`email`, the
 * address and delivery price, products from `goods` (`article` → `sku`, per-unit `discount` →
 * `discount_amount`), `source_uuid` = the Botobot id (so KeyCRM recognises the order again) and, for
 * a paid order, one paid payment of `cost_total`. The source and the rest come from the form.
 */
export function orderFromBotobotOrder(item: Fields, choices: BotobotOrderChoices = {}): Mapped<Fields> {
	const problems: string[] = [];
	const id = botobotOrderId(item);
	if (id === undefined) problems.push(missingBotobotField('id'));
	if (isBlank(item.recipient) && isBlank(item.mobile) && isBlank(item.email)) {
		problems.push(missingBotobotField('recipient', '`recipient`, `mobile` or `email` (the buyer)'));
	}
	const goods = item.goods;
	if (!Array.isArray(goods) || goods.length === 0) problems.push(missingBotobotField('goods'));
	const products = Array.isArray(goods) ? goods.map((good, index) => productOf(good, index, problems)) : [];
	const payments: Fields[] = [];
	if (item.paid === true) {
		if (isBlank(item.cost_total)) problems.push(missingBotobotField('cost_total'));
		const methodId = idOf(choices.paymentMethodId);
		if (methodId === undefined) problems.push('A paid Botobot order needs a KeyCRM payment method: add the preset option "Payment Method for Paid Orders"');
		payments.push({ payment_method_id: methodId, amount: item.cost_total, status: 'paid', description: `Paid in Botobot, order #${id ?? '?'}` });
	}
	if (problems.length > 0) return { ok: false, problems };
	const delivery = typeof item.delivery === 'string' ? item.delivery : '';
	const body = compact({
		source_uuid: id,
		buyer: compact({ full_name: item.recipient, email: item.email, phone: item.mobile }),
		shipping: compact({
			shipping_service: DELIVERY_NAMES[delivery] ?? delivery,
			shipping_secondary_line: item.address,
			recipient_full_name: item.recipient,
			recipient_phone: item.mobile,
		}),
		shipping_price: item.cost_delivery,
		products,
		payments,
		buyer_comment: isBlank(item.time) ? undefined : `Delivery time: ${String(item.time)}`,
		manager_comment: `Botobot order #${id}`,
	});
	return { ok: true, value: body };
}

export interface BotobotPayment {
	/** The KeyCRM order to pay is the one whose `source_uuid` is this Botobot id. */
	sourceUuid: string;
	payment: Fields;
}

/** The KeyCRM payment of a paid Botobot order: its `cost_total`, status paid, a description with the Botobot id. */
export function paymentFromBotobotPaidOrder(item: Fields): Mapped<BotobotPayment> {
	const problems: string[] = [];
	const id = botobotOrderId(item);
	if (id === undefined) problems.push(missingBotobotField('id'));
	if (isBlank(item.cost_total) || !Number.isFinite(Number(item.cost_total))) problems.push(missingBotobotField('cost_total'));
	if (item.paid === false) problems.push(`Botobot order #${id ?? '?'} is not paid (\`paid\` is false): use a Botobot Poll Trigger on "Order Paid" before this node`);
	if (problems.length > 0) return { ok: false, problems };
	const payment = compact({
		amount: Number(item.cost_total),
		status: 'paid',
		description: `Paid in the Botobot shop, order #${id}`,
		payment_date: item.paid_at,
	});
	return { ok: true, value: { sourceUuid: id!, payment } };
}
