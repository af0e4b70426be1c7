import type { Sandbox, SandboxReply, SandboxRequest } from '../core/sandbox';
import { findOrder, newExpense, newPayment, nextId, now, orderNotFound, recalculate } from './orderRecords';
import { paymentErrors, unprocessable, type FieldErrors } from './orderRules';
import type { KeyCrmStore, Row } from './store';

type OrderHandler = (order: Row, request: SandboxRequest) => SandboxReply;

/** Payments, expenses, tags and files of one order: `/order/{orderId}/...`. */
export function registerOrderRelationRoutes(sandbox: Sandbox, store: KeyCrmStore): void {
	const onOrder = (method: string, path: string, handler: OrderHandler) =>
		sandbox.route(method, `/order/:orderId${path}`, (request) => {
			const order = findOrder(store, request.params.orderId);
			return order ? handler(order, request) : orderNotFound;
		});
	const relation = (order: Row, name: string) => (order[name] ??= []) as Row[];
	const bodyOf = (request: SandboxRequest) => (request.body ?? {}) as Row;
	/** PUT of a payment or an expense: only its status (from `statuses`) and its note change. */
	const changeEntry = (order: Row, name: string, id: string, body: Row, statuses: string[], missing: string): SandboxReply => {
		const entry = relation(order, name).find((row) => String(row.id) === id);
		if (!entry) return { status: 404, body: { message: missing } };
		if (body.status !== undefined && !statuses.includes(String(body.status))) {
			return unprocessable({ status: ['The selected status is invalid.'] });
		}
		if (body.status !== undefined) entry.status = body.status;
		if (body.description !== undefined) entry.description = body.description;
		entry.updated_at = now();
		recalculate(order);
		return { status: 202, body: entry };
	};

	onOrder('POST', '/payment', (order, request) => {
		const errors: FieldErrors = {};
		paymentErrors(store, bodyOf(request), '', errors);
		if (bodyOf(request).status === 'refund') errors.status = ['The selected status is invalid.'];
		if (Object.keys(errors).length > 0) return unprocessable(errors);
		const payment = newPayment(store, bodyOf(request), nextId(store, 'payments'));
		relation(order, 'payments').push(payment);
		recalculate(order);
		return { status: 201, body: payment };
	});
	onOrder('PUT', '/payment/:paymentId', (order, request) =>
		changeEntry(order, 'payments', request.params.paymentId, bodyOf(request), ['paid', 'not_paid', 'canceled'], 'Payment not found'),
	);
	onOrder('POST', '/expense', (order, request) => {
		const body = bodyOf(request);
		const errors: FieldErrors = {};
		if (body.amount === undefined || Number.isNaN(Number(body.amount))) errors.amount = ['The amount field is required.'];
		const types = store.orderDictionaries.expenseTypes;
		if (body.expense_type_id !== undefined && !types.some((row) => String(row.id) === String(body.expense_type_id))) {
			errors.expense_type_id = ['The selected expense type id is invalid.'];
		}
		if (body.expense_type_id === undefined && !body.expense_type) {
			errors.expense_type = ['The expense type field is required when expense type id is not present.'];
		}
		if (Object.keys(errors).length > 0) return unprocessable(errors);
		const expense = newExpense(store, body, nextId(store, 'expenses'));
		relation(order, 'expenses').push(expense);
		return { status: 201, body: expense };
	});
	onOrder('PUT', '/expense/:expenseId', (order, request) =>
		changeEntry(order, 'expenses', request.params.expenseId, bodyOf(request), ['canceled'], 'Expense not found'),
	);

	onOrder('POST', '/tag/:tagId', (order, request) => {
		const tag = store.orderDictionaries.tags.find((row) => String(row.id) === request.params.tagId);
		if (!tag) return { status: 404, body: { message: 'Tag not found' } };
		const tags = relation(order, 'tags');
		if (!tags.some((row) => row.id === tag.id)) tags.push(tag);
		return { status: 202, body: { status: true } };
	});
	onOrder('DELETE', '/tag/:tagId', (order, request) => {
		const tags = relation(order, 'tags');
		const index = tags.findIndex((row) => String(row.id) === request.params.tagId);
		if (index < 0) return { status: 400, body: { message: 'The tag is not attached to the order.' } };
		tags.splice(index, 1);
		return { status: 204 };
	});
	onOrder('POST', '/attachment/:fileId', (order, request) => {
		const files = relation(order, 'attachments');
		if (!files.some((row) => String(row.id) === request.params.fileId)) files.push({ id: Number(request.params.fileId) });
		return { status: 202, body: { status: true } };
	});
	onOrder('DELETE', '/attachment/:fileId', (order, request) => {
		const files = relation(order, 'attachments');
		const index = files.findIndex((row) => String(row.id) === request.params.fileId);
		if (index < 0) return { status: 400, body: { message: 'The file is not attached to the order.' } };
		files.splice(index, 1);
		return { status: 201, body: { status: true } };
	});
}
