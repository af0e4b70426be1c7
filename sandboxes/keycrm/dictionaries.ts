import type { Query, Sandbox } from '../core/sandbox';
import type { OrderDictionaries } from './orderSeeds';
import type { KeyCrmStore, Row } from './store';

const PATHS: Record<string, keyof OrderDictionaries> = {
	'/order/tag': 'tags',
	'/order/source': 'sources',
	'/order/status': 'statuses',
	'/order/payment-method': 'paymentMethods',
	'/order/expense-type': 'expenseTypes',
	'/order/delivery-service': 'deliveryServices',
	'/order/product-status': 'productStatuses',
};

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

function sorted(rows: Row[], sort: string, allowed: string): Row[] | undefined {
	if (!sort) return rows;
	if (sort.replace(/^-/, '') !== allowed) return undefined;
	const direction = sort.startsWith('-') ? -1 : 1;
	return [...rows].sort((a, b) => (Number(a[allowed]) - Number(b[allowed])) * direction);
}

const badSort = (sort: string, allowed: string) => ({
	status: 400,
	body: { message: `Requested sort(s) \`${sort}\` is not allowed. Allowed sort(s) are \`${allowed}\`.` },
});

function customFields(store: KeyCrmStore, query: Query) {
	const models = text(query['filter[model]']).split(',').map((part) => part.trim()).filter(Boolean);
	const rows = store.orderDictionaries.customFields.filter((field) => models.length === 0 || models.includes(String(field.model)));
	const ordered = sorted(rows, text(query.sort), 'position');
	if (!ordered) return badSort(text(query.sort), 'position');
	// Options of list fields come only with include=options.
	const withOptions = text(query.include).split(',').includes('options');
	return { status: 200, body: ordered.map(({ options, ...field }) => (withOptions ? { ...field, options } : field)) };
}

/** The order dictionaries (paged lists) and `/custom-fields` (a plain list). */
export function registerDictionaryRoutes(sandbox: Sandbox, store: KeyCrmStore): void {
	for (const [path, key] of Object.entries(PATHS)) {
		sandbox.route('GET', path, (request) => {
			const rows = sorted(store.orderDictionaries[key], text(request.query.sort), 'id');
			if (!rows) return badSort(text(request.query.sort), 'id');
			return { status: 200, body: store.page(rows, request.query, path) };
		});
	}
	sandbox.route('GET', '/custom-fields', (request) => customFields(store, request.query));
}
