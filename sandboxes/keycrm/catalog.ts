import type { Sandbox, SandboxReply } from '../core/sandbox';
import { findById, flag, getRoute, isReply, listRoute, missing, oneOf, queryRows, type ListRules } from './catalogQuery';
import { now, type CatalogStore } from './catalogStore';
import { unprocessable } from './orders';
import type { KeyCrmStore, Row } from './store';

const NUMBERS = ['price', 'purchased_price', 'weight', 'length', 'width', 'height', 'quantity'];

function numberErrors(row: Row, prefix: string): Record<string, string[]> {
	const errors: Record<string, string[]> = {};
	for (const key of NUMBERS) {
		if (row[key] !== undefined && typeof row[key] !== 'number') errors[`${prefix}${key}`] = [`The ${prefix}${key} must be a number.`];
	}
	return errors;
}

function productErrors(product: Row, prefix = '', nameRequired = true): Record<string, string[]> {
	const errors = numberErrors(product, prefix);
	if (nameRequired || product.name !== undefined) {
		if (typeof product.name !== 'string' || product.name.trim() === '') errors[`${prefix}name`] = ['The name field is required.'];
	}
	if (product.pictures !== undefined && (!Array.isArray(product.pictures) || product.pictures.length > 6)) {
		errors[`${prefix}pictures`] = ['The pictures must be an array of at most 6 links.'];
	}
	return errors;
}

const fail = (errors: Record<string, string[]>): SandboxReply | undefined => (Object.keys(errors).length ? unprocessable(errors) : undefined);

/** Products, categories, offers and stocks. */
export function registerCatalogRoutes(sandbox: Sandbox, catalog: CatalogStore, store: KeyCrmStore): void {
	const list = (path: string, rows: () => Row[], rules: ListRules) => listRoute(sandbox, store, path, rows, rules);
	const offerOf = (entry: Row) => catalog.data.offers.find((offer) => (entry.id !== undefined ? offer.id === entry.id : offer.sku === entry.sku));
	const productIncludes = { custom_fields: (row: Row) => row.custom_fields ?? [] };

	// Before /products/:id, which would take "categories" for an id.
	list('/products/categories', () => catalog.data.categories, { filters: { category_id: oneOf('id'), parent_id: oneOf('parent_id') } });
	sandbox.route('POST', '/products/categories', (request) => {
		const body = (request.body ?? {}) as Row;
		if (typeof body.name !== 'string' || body.name.trim() === '') return unprocessable({ name: ['The name field is required.'] });
		if (body.parent_id !== undefined && body.parent_id !== null && !findById(catalog.data.categories, String(body.parent_id))) {
			return unprocessable({ parent_id: ['The selected parent id is invalid.'] });
		}
		const category = { id: catalog.nextId('categories'), name: body.name, parent_id: body.parent_id ?? null };
		catalog.data.categories.push(category);
		return { status: 201, body: category };
	});

	list('/products', () => catalog.data.products, {
		filters: { product_id: oneOf('id'), category_id: oneOf('category_id'), is_archived: flag('is_archived') },
		includes: productIncludes,
	});
	getRoute(sandbox, '/products/:id', () => catalog.data.products, 'Product', productIncludes);
	sandbox.route('POST', '/products', (request) => {
		const body = (request.body ?? {}) as Row;
		const refused = fail(productErrors(body));
		if (refused) return refused;
		const product = { id: catalog.nextId('products'), has_offers: false, is_archived: false, ...body, created_at: now(), updated_at: now() };
		catalog.data.products.push(product);
		return { status: 201, body: product };
	});
	sandbox.route('PUT', '/products/:id', (request) => {
		const product = findById(catalog.data.products, request.params.id);
		if (!product) return missing('Product');
		const body = (request.body ?? {}) as Row;
		const refused = fail(productErrors(body, '', false));
		if (refused) return refused;
		Object.assign(product, body, { updated_at: now() });
		return { status: 202, body: product };
	});
	sandbox.route('POST', '/products/import', (request) => {
		const products = (request.body as Row | undefined)?.products;
		if (!Array.isArray(products) || products.length === 0) return unprocessable({ products: ['The products field is required.'] });
		const refused = fail(Object.assign({}, ...products.map((product, index) => productErrors(product as Row, `products.${index}.`))));
		if (refused) return refused;
		for (const product of products as Row[]) catalog.data.products.push({ id: catalog.nextId('products'), ...product, created_at: now(), updated_at: now() });
		return { status: 201, body: { status: true } };
	});
	sandbox.route('POST', '/products/:id/offers', (request) => {
		const product = findById(catalog.data.products, request.params.id);
		if (!product) return missing('Product');
		const offers = (request.body as Row | undefined)?.offers;
		if (!Array.isArray(offers) || offers.length === 0) return unprocessable({ offers: ['The offers field is required.'] });
		const refused = fail(Object.assign({}, ...offers.map((offer, index) => numberErrors(offer as Row, `offers.${index}.`))));
		if (refused) return refused;
		for (const offer of offers as Row[]) catalog.data.offers.push({ id: catalog.nextId('offers'), product_id: product.id, quantity: 0, is_archived: false, properties: [], ...offer });
		product.has_offers = true;
		return { status: 201, body: { status: true } };
	});

	list('/offers', () => catalog.data.offers, {
		filters: { id: oneOf('id'), product_id: oneOf('product_id'), sku: oneOf('sku'), is_archived: flag('is_archived') },
		includes: { product: (row) => findById(catalog.data.products, String(row.product_id)) ?? null },
		sorts: ['id'],
	});
	sandbox.route('PUT', '/offers', (request) => {
		const offers = (request.body as Row | undefined)?.offers;
		if (!Array.isArray(offers) || offers.length === 0) return unprocessable({ offers: ['The offers field is required.'] });
		const errors: Record<string, string[]> = {};
		(offers as Row[]).forEach((entry, index) => {
			Object.assign(errors, numberErrors(entry, `offers.${index}.`));
			if (!offerOf(entry)) errors[`offers.${index}.id`] = ['The selected offer is invalid.'];
		});
		const refused = fail(errors);
		if (refused) return refused;
		for (const entry of offers as Row[]) Object.assign(offerOf(entry)!, entry);
		return { status: 202, body: { status: true } };
	});

	const stockRow = (offer: Row, details: boolean) => {
		const byWarehouse = catalog.data.stock[offer.id as number] ?? {};
		const entries = Object.entries(byWarehouse);
		const row: Row = {
			id: offer.id,
			sku: offer.sku,
			price: offer.price,
			purchased_price: offer.purchased_price,
			quantity: entries.reduce((sum, [, stock]) => sum + stock.quantity, 0),
			reserve: entries.reduce((sum, [, stock]) => sum + stock.reserve, 0),
		};
		if (details) {
			row.warehouse = entries.map(([id, stock]) => ({ id: Number(id), name: findById(catalog.data.warehouses, id)?.name, ...stock }));
		}
		return row;
	};
	sandbox.route('GET', '/offers/stocks', (request) => {
		const details = String(request.query['filter[details]'] ?? '') === 'true';
		const query = { ...request.query };
		delete query['filter[details]'];
		const result = queryRows(catalog.data.offers, query, { filters: { offers_id: oneOf('id'), offers_sku: oneOf('sku') } });
		if (isReply(result)) return result;
		return { status: 200, body: store.page(result.map((offer) => stockRow(offer, details)), request.query, '/offers/stocks') };
	});
	sandbox.route('PUT', '/offers/stocks', (request) => {
		const body = (request.body ?? {}) as Row;
		const errors: Record<string, string[]> = {};
		if (!findById(catalog.data.warehouses, String(body.warehouse_id))) errors.warehouse_id = ['The selected warehouse id is invalid.'];
		const stocks = Array.isArray(body.stocks) ? (body.stocks as Row[]) : [];
		if (stocks.length === 0) errors.stocks = ['The stocks field is required.'];
		stocks.forEach((entry, index) => {
			if (typeof entry.quantity !== 'number') errors[`stocks.${index}.quantity`] = ['The quantity field is required.'];
			if (!offerOf(entry)) errors[`stocks.${index}.id`] = ['The selected offer is invalid.'];
		});
		const refused = fail(errors);
		if (refused) return refused;
		for (const entry of stocks) {
			const offer = offerOf(entry)!;
			const byWarehouse = (catalog.data.stock[offer.id as number] ??= {});
			const warehouseId = body.warehouse_id as number;
			byWarehouse[warehouseId] = { reserve: byWarehouse[warehouseId]?.reserve ?? 0, quantity: entry.quantity as number };
		}
		return { status: 202, body: { status: true } };
	});
}
