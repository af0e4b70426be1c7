/** Turns the order form into KeyCRM's request bodies. Pure: no n8n imports. */
import { compact, groupEntries, idOf, splitList, type Fields } from './compact';
import { toKeyCrmDate, toKeyCrmDateTime } from './dates';

export interface Built {
	body: Fields;
	problems: string[];
}

type DateKind = 'dateTime' | 'date';

const ID_FIELDS = ['source_id', 'manager_id', 'status_id', 'delivery_service_id', 'payment_method_id', 'product_status_id', 'expense_type_id'];

/** Ids from dropdowns become numbers, dates become KeyCRM's UTC text; a bad date is a problem. */
function normalise(fields: Fields, dates: Record<string, DateKind>, label: string, problems: string[], zone: string): Fields {
	const result = compact(fields);
	for (const key of ID_FIELDS) {
		if (result[key] === undefined) continue;
		const id = idOf(result[key]);
		if (id === undefined) problems.push(`${label}: "${String(result[key])}" is not a valid ID for ${key}`);
		else result[key] = id;
	}
	for (const [key, kind] of Object.entries(dates)) {
		if (result[key] === undefined) continue;
		const text = kind === 'date' ? toKeyCrmDate(result[key], zone) : toKeyCrmDateTime(result[key], zone);
		if (text === undefined) problems.push(`${label}: "${String(result[key])}" is not a date (${key})`);
		else result[key] = text;
	}
	return result;
}

// Discounts, purchase price and similar numbers are optional: 0 in a product line means "not given".
function withoutZeros(fields: Fields): Fields {
	return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== 0));
}

function newProduct(entry: Fields, index: number, problems: string[]): Fields {
	const { properties, adjustments, ...core } = entry;
	// A half-filled property stays in the body so the checks can name it; an empty row is dropped.
	const attributes = groupEntries(properties, 'property')
		.map((property) => compact(property))
		.filter((property) => Object.keys(property).length > 0);
	const product: Fields = { ...compact(core), ...withoutZeros(compact((adjustments ?? {}) as Fields)), properties: attributes };
	if (product.name === undefined && product.sku === undefined) {
		problems.push(`Product ${index + 1} needs a name or a SKU`);
	}
	return compact(product);
}

function updatedProduct(entry: Fields, index: number, problems: string[]): Fields {
	const { id, sku, fields } = entry;
	const product = normalise(
		{ ...(idOf(id) ? { id: idOf(id) } : {}), sku, ...((fields ?? {}) as Fields) },
		{},
		`Product ${index + 1}`,
		problems,
		'UTC',
	);
	if (product.id === undefined && product.sku === undefined) {
		problems.push(`Product ${index + 1} needs its order line ID or its SKU to be found in the order`);
	}
	return product;
}

/** A list field's choices: "a, b" or, for choices that contain commas, a JSON list `["a, b", "c"]`. */
function listChoices(value: unknown): string[] {
	if (typeof value === 'string' && value.trim().startsWith('[')) {
		try {
			const parsed: unknown = JSON.parse(value);
			if (Array.isArray(parsed)) return parsed.map(String);
		} catch {
			// Not JSON after all: read it as a comma list.
		}
	}
	return splitList(value);
}

/** `{field: [{uuid, value}]}` → `[{uuid, value}]`; a list (select) field's value becomes a list of strings. */
export function customFieldValues(collection: unknown, isListField: (uuid: string) => boolean): Fields[] {
	return groupEntries(collection, 'field')
		.filter((entry) => typeof entry.uuid === 'string' && entry.uuid !== '')
		.map((entry) => {
			const uuid = entry.uuid as string;
			return { uuid, value: isListField(uuid) ? listChoices(entry.value) : (entry.value ?? '') };
		});
}

export interface NewOrderForm {
	/** The workflow's time zone: dates picked without an offset are read in it. */
	zone: string;
	sourceId: unknown;
	/** Products given as one list (e.g. a cart mapped by an expression), added after the form's lines. */
	productList?: unknown;
	buyer: Fields;
	details: Fields;
	shipping: Fields;
	marketing: Fields;
	products: unknown;
	payments: unknown;
	customFields: Fields[];
}

function productListOf(value: unknown, problems: string[]): Fields[] {
	if (value === undefined || value === null || value === '') return [];
	const list = typeof value === 'string' ? parseJsonList(value) : value;
	if (!Array.isArray(list) || list.some((entry) => typeof entry !== 'object' || entry === null || Array.isArray(entry))) {
		problems.push('Products (JSON List) must be a list of product objects, e.g. [{"sku": "A-1", "price": 10, "quantity": 1}]');
		return [];
	}
	return list as Fields[];
}

function parseJsonList(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

export function newOrderBody(form: NewOrderForm): Built {
	const problems: string[] = [];
	const formProducts = groupEntries(form.products, 'product').map((entry, index) => newProduct(entry, index, problems));
	const body = normalise(
		{
			source_id: form.sourceId,
			...form.details,
			buyer: compact(form.buyer),
			shipping: normalise(form.shipping, { shipping_date: 'date' }, 'Shipping', problems, form.zone),
			marketing: compact(form.marketing),
			products: [...formProducts, ...productListOf(form.productList, problems)],
			payments: groupEntries(form.payments, 'payment').map((entry, index) =>
				normalise(entry, { payment_date: 'dateTime' }, `Payment ${index + 1}`, problems, form.zone),
			),
			custom_fields: form.customFields,
		},
		{ ordered_at: 'dateTime' },
		'Order',
		problems,
		form.zone,
	);
	return { body, problems };
}

export interface OrderUpdateForm {
	zone: string;
	details: Fields;
	shipping: Fields;
	products: unknown;
	customFields: Fields[];
}

export function orderUpdateBody(form: OrderUpdateForm): Built {
	const problems: string[] = [];
	const body = normalise(
		{
			...form.details,
			shipping: normalise(form.shipping, { shipping_date: 'date' }, 'Shipping', problems, form.zone),
			products: groupEntries(form.products, 'product').map((entry, index) => updatedProduct(entry, index, problems)),
			custom_fields: form.customFields,
		},
		{},
		'Order',
		problems,
		form.zone,
	);
	if (Object.keys(body).length === 0) problems.push('Nothing to update: add at least one field');
	return { body, problems };
}

/** A payment or an expense: ids as numbers, the date in KeyCRM's format, empty values left out. */
export function moneyEntryBody(fields: Fields, label: string, zone: string): Built {
	const problems: string[] = [];
	const body = normalise(fields, { payment_date: 'dateTime' }, label, problems, zone);
	return { body, problems };
}
