import type { Sandbox, SandboxRequest } from '../core/sandbox';
import { between, findById, flag, listRoute, missing, oneOf } from './catalogQuery';
import { now, type CatalogStore } from './catalogStore';
import { unprocessable } from './orders';
import type { KeyCrmStore, Row } from './store';

export interface MultipartPart {
	name: string;
	filename?: string;
	contentType?: string;
	content: string;
}

/** Reads a multipart/form-data body; undefined when the request is not multipart. */
export function parseMultipart(request: SandboxRequest): MultipartPart[] | undefined {
	const type = String(request.headers['content-type'] ?? '');
	const boundary = /^multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(type)?.[1];
	if (!boundary) return undefined;
	return request.rawBody
		.split(`--${boundary}`)
		.slice(1, -1)
		.map((chunk) => {
			const [head, ...rest] = chunk.replace(/^\r\n/, '').split('\r\n\r\n');
			const disposition = /content-disposition:[^\r\n]*/i.exec(head)?.[0] ?? '';
			return {
				name: /name="([^"]*)"/.exec(disposition)?.[1] ?? '',
				filename: /filename="([^"]*)"/.exec(disposition)?.[1],
				contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1],
				content: rest.join('\r\n\r\n').replace(/\r\n$/, ''),
			};
		});
}

/** Storage (files) and external payment transactions. */
export function registerStorageRoutes(sandbox: Sandbox, catalog: CatalogStore, store: KeyCrmStore): void {
	listRoute(sandbox, store, '/storage', () => catalog.data.files, { sorts: ['size'] });
	sandbox.route('GET', '/storage/attachment/:entityType/:entityId', (request) => {
		const { entityType, entityId } = request.params;
		if (entityType !== 'pipelines' && entityType !== 'order') return missing('Entity');
		const ids =
			entityType === 'pipelines'
				? ((findById(catalog.data.cards, entityId)?.attachments as number[] | undefined) ?? undefined)
				: ((store.orders.find((order) => String(order.id) === entityId)?.attachments as number[] | undefined) ?? []);
		if (ids === undefined) return missing('Card');
		return { status: 200, body: catalog.data.files.filter((file) => ids.includes(file.id as number)) };
	});
	sandbox.route('POST', '/storage/upload', (request) => {
		const file = parseMultipart(request)?.find((part) => part.name === 'file' && part.filename !== undefined);
		if (!file) return unprocessable({ file: ['The file field is required.'] });
		const id = catalog.nextId('files');
		const extension = file.filename!.includes('.') ? file.filename!.split('.').pop()! : '';
		const stored: Row = {
			id,
			file_name: `f${id}${extension ? `.${extension}` : ''}`,
			original_file_name: file.filename,
			extension,
			mime_type: file.contentType ?? 'application/octet-stream',
			size: Buffer.byteLength(file.content, 'utf8'),
			url: `https://openapi.keycrm.app/storage/f${id}.${extension}`,
			created_at: now(),
			updated_at: now(),
		};
		catalog.data.files.push(stored);
		return { status: 201, body: stored };
	});

	listRoute(sandbox, store, '/payments/external-transactions', () => catalog.data.transactions, {
		filters: {
			id: oneOf('id'),
			transaction_uuid: oneOf('uuid'),
			gateway_id: oneOf('gateway_id'),
			is_attached: flag('is_attached'),
			created_between: between('created_at'),
		},
	});
	sandbox.route('POST', '/payments/:paymentId/external-transactions', (request) => {
		const payment = findById(catalog.data.payments, request.params.paymentId);
		if (!payment) return missing('Payment');
		const body = (request.body ?? {}) as Row;
		if (body.transaction_id === undefined && body.transaction_uuid === undefined) {
			return unprocessable({ transaction_id: ['The transaction id field is required when transaction uuid is not present.'] });
		}
		const transaction = catalog.data.transactions.find((row) =>
			body.transaction_id !== undefined ? row.id === body.transaction_id : row.uuid === body.transaction_uuid,
		);
		if (!transaction) return unprocessable({ transaction_id: ['The selected transaction is invalid.'] });
		if (transaction.is_attached) return unprocessable({ transaction_id: ['The transaction is already attached to a payment.'] });
		transaction.is_attached = true;
		(payment.transactions as Row[]).push(transaction);
		payment.status = 'paid';
		return { status: 201, body: { ...payment, transactions: undefined, updated_at: now() } };
	});
}
