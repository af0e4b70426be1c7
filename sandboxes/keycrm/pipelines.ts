import type { Sandbox } from '../core/sandbox';
import { between, findById, getRoute, listRoute, missing, oneOf } from './catalogQuery';
import { now, type CatalogStore } from './catalogStore';
import { unprocessable } from './orders';
import type { KeyCrmStore, Row } from './store';

const PAYMENT_STATUSES = ['paid', 'not_paid', 'canceled'];

function paymentErrors(payment: Row, prefix = ''): Record<string, string[]> {
	const errors: Record<string, string[]> = {};
	if (typeof payment.amount !== 'number') errors[`${prefix}amount`] = ['The amount field is required.'];
	if (payment.payment_method_id === undefined && !payment.payment_method) {
		errors[`${prefix}payment_method_id`] = ['The payment method id field is required when payment method is not present.'];
	}
	if (payment.status !== undefined && !PAYMENT_STATUSES.includes(String(payment.status))) errors[`${prefix}status`] = ['The selected status is invalid.'];
	return errors;
}

/** Pipelines, their statuses and cards (KeyCRM calls them leads), card payments and attachments. */
export function registerPipelineRoutes(sandbox: Sandbox, catalog: CatalogStore, store: KeyCrmStore): void {
	const { users } = store;
	const cards = () => catalog.data.cards;
	const cardIncludes = {
		'contact.client': (row: Row) => ({ ...(row.contact as Row), client: findById(catalog.data.buyers, String((row.contact as Row)?.client_id)) ?? null }),
		products: (row: Row) => row.products ?? [],
		'products.offer': (row: Row) => row.products ?? [],
		manager: (row: Row) => users.find((user) => user.id === row.manager_id) ?? null,
		status: (row: Row) => findById(catalog.data.statuses, String(row.status_id)) ?? null,
		payments: (row: Row) => row.payments ?? [],
		custom_fields: (row: Row) => row.custom_fields ?? [],
	};

	listRoute(sandbox, store, '/pipelines', () => catalog.data.pipelines);
	sandbox.route('GET', '/pipelines/:id/statuses', (request) => {
		if (!findById(catalog.data.pipelines, request.params.id)) return missing('Pipeline');
		const statuses = catalog.data.statuses.filter((status) => String(status.pipeline_id) === request.params.id);
		return { status: 200, body: store.page(statuses, request.query, request.path) };
	});
	listRoute(sandbox, store, '/pipelines/cards', cards, {
		filters: {
				pipeline_id: oneOf('pipeline_id'),
				status_id: oneOf('status_id'),
				source_id: oneOf('source_id'),
				created_between: between('created_at'),
			updated_between: between('updated_at'),
		},
		includes: cardIncludes,
	});
	getRoute(sandbox, '/pipelines/cards/:id', cards, 'Card', cardIncludes);
	sandbox.route('POST', '/pipelines/cards', (request) => {
		const body = (request.body ?? {}) as Row;
		const contact = (body.contact ?? {}) as Row;
		const errors: Record<string, string[]> = {};
		if (!contact.full_name && !contact.email && !contact.phone && !contact.client_id) {
			errors.contact = ['The contact must have at least one of: full_name, email, phone, client_id.'];
		}
		const pipelineId = body.pipeline_id ?? catalog.data.pipelines[0].id;
		if (!findById(catalog.data.pipelines, String(pipelineId))) errors.pipeline_id = ['The selected pipeline id is invalid.'];
		(Array.isArray(body.payments) ? (body.payments as Row[]) : []).forEach((payment, index) => Object.assign(errors, paymentErrors(payment, `payments.${index}.`)));
		if (Object.keys(errors).length) return unprocessable(errors);
		const id = catalog.nextId('cards');
		const firstStatus = catalog.data.statuses.find((status) => status.pipeline_id === pipelineId);
		const card: Row = { id, title: body.title ?? `#${id}`, ...body, pipeline_id: pipelineId, status_id: firstStatus?.id, contact: { id, ...contact }, attachments: [], created_at: now(), updated_at: now() };
		catalog.data.cards.push(card);
		return { status: 201, body: card };
	});
	sandbox.route('PUT', '/pipelines/cards/:id', (request) => {
		const card = findById(cards(), request.params.id);
		if (!card) return missing('Card');
		const body = (request.body ?? {}) as Row;
		const status = body.status_id !== undefined ? findById(catalog.data.statuses, String(body.status_id)) : undefined;
		if (body.status_id !== undefined && !status) return unprocessable({ status_id: ['The selected status id is invalid.'] });
		const { products, ...rest } = body;
		// KeyCRM adds the products of an update to the card; it never replaces them.
		Object.assign(card, rest, status ? { pipeline_id: status.pipeline_id } : {}, { updated_at: now() });
		if (Array.isArray(products)) card.products = [...((card.products as Row[]) ?? []), ...(products as Row[])];
		return { status: 202, body: { status: true } };
	});
	sandbox.route('POST', '/pipelines/cards/:id/payment', (request) => {
		const card = findById(cards(), request.params.id);
		if (!card) return missing('Card');
		const body = (request.body ?? {}) as Row;
		const errors = paymentErrors(body);
		if (Object.keys(errors).length) return unprocessable(errors);
		const paymentIds = cards().flatMap((row) => (row.payments as Row[]).map((entry) => Number(entry.id)));
		const payment = { id: Math.max(0, ...paymentIds) + 1, status: 'not_paid', ...body, created_at: now(), updated_at: now() };
		(card.payments as Row[]).push(payment);
		return { status: 201, body: payment };
	});
	sandbox.route('PUT', '/pipelines/cards/:id/payment/:paymentId', (request) => {
		const card = findById(cards(), request.params.id);
		const payment = card && findById(card.payments as Row[], request.params.paymentId);
		if (!payment) return missing('Payment');
		const body = (request.body ?? {}) as Row;
		if (body.status !== undefined && !PAYMENT_STATUSES.includes(String(body.status))) return unprocessable({ status: ['The selected status is invalid.'] });
		Object.assign(payment, body, { updated_at: now() });
		return { status: 202, body: payment };
	});
	sandbox.route('POST', '/pipelines/cards/:id/attachment/:fileId', (request) => {
		const card = findById(cards(), request.params.id);
		if (!card) return missing('Card');
		if (!findById(catalog.data.files, request.params.fileId)) return missing('File');
		const attached = card.attachments as number[];
		if (!attached.includes(Number(request.params.fileId))) attached.push(Number(request.params.fileId));
		return { status: 202, body: { status: true } };
	});
	sandbox.route('DELETE', '/pipelines/cards/:id/attachment/:fileId', (request) => {
		const card = findById(cards(), request.params.id);
		if (!card) return missing('Card');
		const attached = card.attachments as number[];
		const at = attached.indexOf(Number(request.params.fileId));
		if (at < 0) return { status: 400, body: { message: 'The file is not attached to this card.' } };
		attached.splice(at, 1);
		return { status: 201, body: { status: true } };
	});
}
