/** Recognises a payment a lost answer may have added to an order. Pure: no n8n imports. */
import type { Fields } from './compact';

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value).trim());

function methodMatches(payment: Fields, sent: Fields): boolean {
	if (sent.payment_method_id !== undefined) return text(payment.payment_method_id) === text(sent.payment_method_id);
	if (sent.payment_method === undefined) return true;
	const method = payment.payment_method;
	const name = method !== null && typeof method === 'object' ? (method as Fields).name : method;
	return text(name) === text(sent.payment_method);
}

/**
 * The order's payment that has the amount, the method and the description of the one sent: the
 * newest such payment, or undefined. An identical payment added earlier counts as this one too.
 */
export function matchingPayment(payments: unknown, sent: Fields): Fields | undefined {
	if (!Array.isArray(payments)) return undefined;
	const matches = payments.filter(
		(payment): payment is Fields =>
			payment !== null &&
			typeof payment === 'object' &&
			Number((payment as Fields).amount) === Number(sent.amount) &&
			text((payment as Fields).description) === text(sent.description) &&
			methodMatches(payment as Fields, sent),
	);
	return matches.sort((a, b) => Number(b.id ?? 0) - Number(a.id ?? 0))[0];
}
