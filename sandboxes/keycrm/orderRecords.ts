import type { KeyCrmStore, Row } from './store';

export const orderNotFound = { status: 404, body: { message: 'Order not found' } };

export function findOrder(store: KeyCrmStore, id: string): Row | undefined {
	return store.orders.find((row) => String(row.id) === id);
}

export const now = () => new Date().toISOString().replace('T', ' ').slice(0, 19);

/** One more than the largest id of a relation across all orders (lines, payments, expenses). */
export function nextId(store: KeyCrmStore, relation: string): number {
	const ids = store.orders.flatMap((order) => (Array.isArray(order[relation]) ? (order[relation] as Row[]) : [])).map((row) => Number(row.id) || 0);
	return Math.max(0, ...ids) + 1;
}

function amount(value: unknown): number {
	const number = Number(value);
	return Number.isFinite(number) ? number : 0;
}

/** grand_total and payment_status as KeyCRM derives them from lines, prices and paid payments. */
export function recalculate(order: Row): void {
	const lines = (order.products ?? []) as Row[];
	const goods = lines.reduce((sum, line) => sum + (amount(line.price) - amount(line.discount_amount)) * amount(line.quantity ?? 1), 0);
	const total = goods + amount(order.shipping_price) + amount(order.wrap_price) + amount(order.taxes) - amount(order.discount_amount);
	const grandTotal = Math.round(total * 100) / 100;
	const payments = (order.payments ?? []) as Row[];
	const paid = payments.filter((payment) => payment.status === 'paid').reduce((sum, payment) => sum + amount(payment.amount), 0);
	order.grand_total = grandTotal;
	order.payment_status = paid === 0 ? 'not_paid' : paid < grandTotal ? 'part_paid' : paid > grandTotal ? 'overpaid' : 'paid';
}

export function newPayment(store: KeyCrmStore, body: Row, id: number): Row {
	const method = store.orderDictionaries.paymentMethods.find(
		(row) => String(row.id) === String(body.payment_method_id) || (body.payment_method_id === undefined && row.name === body.payment_method),
	);
	const at = now();
	return {
		id,
		payment_method_id: method?.id ?? null,
		payment_method: method ?? { id: null, name: body.payment_method },
		amount: amount(body.amount),
		description: body.description ?? null,
		payment_date: body.payment_date ?? at,
		status: body.status ?? 'paid',
		created_at: at,
		updated_at: at,
	};
}

export function newExpense(store: KeyCrmStore, body: Row, id: number): Row {
	const type = store.orderDictionaries.expenseTypes.find(
		(row) => String(row.id) === String(body.expense_type_id) || (body.expense_type_id === undefined && row.name === body.expense_type),
	);
	const at = now();
	return {
		id,
		expense_type_id: type?.id ?? null,
		expense_type: type ?? { id: null, name: body.expense_type },
		amount: amount(body.amount),
		description: body.description ?? null,
		payment_date: body.payment_date ?? at,
		status: 'paid',
		created_at: at,
		updated_at: at,
	};
}
