import type { Sandbox } from '../core/sandbox';
import { between, equals, findById, getRoute, listRoute, missing, oneOf, type ListRules } from './catalogQuery';
import { now, type CatalogStore } from './catalogStore';
import { unprocessable } from './orders';
import type { KeyCrmStore, Row } from './store';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function buyerErrors(buyer: Row, prefix = ''): Record<string, string[]> {
	const errors: Record<string, string[]> = {};
	if (typeof buyer.full_name !== 'string' || buyer.full_name.trim() === '') errors[`${prefix}full_name`] = ['The full name field is required.'];
	if (buyer.email !== undefined && !Array.isArray(buyer.email)) errors[`${prefix}email`] = ['The email must be an array.'];
	(Array.isArray(buyer.email) ? buyer.email : []).forEach((email, index) => {
		if (!EMAIL.test(String(email))) errors[`${prefix}email.${index}`] = [`The ${prefix}email.${index} must be a valid email address.`];
	});
	if (buyer.discount !== undefined && typeof buyer.discount !== 'number') errors[`${prefix}discount`] = ['The discount must be a number.'];
	return errors;
}

function companyErrors(company: Row): Record<string, string[]> {
	return typeof company.name === 'string' && company.name.trim() !== '' ? {} : { name: ['The name field is required.'] };
}

/** Buyers, companies, users, calls and custom fields. */
export function registerPeopleRoutes(sandbox: Sandbox, catalog: CatalogStore, store: KeyCrmStore): void {
	const { data } = catalog;
	const userOf = (id: unknown) => store.users.find((user) => user.id === id) ?? null;
	const list = (path: string, rows: () => Row[], rules: ListRules) => listRoute(sandbox, store, path, rows, rules);

	const buyerIncludes = {
		manager: (row: Row) => userOf(row.manager_id),
		company: (row: Row) => data.companies.find((company) => company.id === row.company_id) ?? null,
		shipping: (row: Row) => row.shipping ?? [],
		loyalty: () => [],
		custom_fields: (row: Row) => row.custom_fields ?? [],
	};
	list('/buyer', () => catalog.data.buyers, {
		filters: { buyer_id: oneOf('id'), buyer_email: oneOf('email'), buyer_phone: oneOf('phone'), created_between: between('created_at'), updated_between: between('updated_at') },
		includes: buyerIncludes,
	});
	getRoute(sandbox, '/buyer/:id', () => catalog.data.buyers, 'Buyer', buyerIncludes);
	sandbox.route('POST', '/buyer', (request) => {
		const body = (request.body ?? {}) as Row;
		const errors = buyerErrors(body);
		if (Object.keys(errors).length) return unprocessable(errors);
		const buyer = { id: catalog.nextId('buyers'), ...body, created_at: now(), updated_at: now() };
		catalog.data.buyers.push(buyer);
		return { status: 201, body: buyer };
	});
	sandbox.route('PUT', '/buyer/:id', (request) => {
		const buyer = findById(catalog.data.buyers, request.params.id);
		if (!buyer) return missing('Buyer');
		const body = (request.body ?? {}) as Row;
		const errors = buyerErrors(body);
		if (Object.keys(errors).length) return unprocessable(errors);
		Object.assign(buyer, body, { updated_at: now() });
		return { status: 202, body: buyer };
	});
	sandbox.route('POST', '/buyer/import', (request) => {
		const buyers = (request.body as Row | undefined)?.buyers;
		if (!Array.isArray(buyers) || buyers.length === 0) return unprocessable({ buyers: ['The buyers field is required.'] });
		const errors = Object.assign({}, ...buyers.map((buyer, index) => buyerErrors(buyer as Row, `buyers.${index}.`)));
		if (Object.keys(errors).length) return unprocessable(errors);
		for (const buyer of buyers as Row[]) catalog.data.buyers.push({ id: catalog.nextId('buyers'), ...buyer, created_at: now(), updated_at: now() });
		return { status: 201, body: { status: true } };
	});

	const companyIncludes = {
		manager: (row: Row) => userOf(row.manager_id),
		buyer: (row: Row) => catalog.data.buyers.find((buyer) => buyer.company_id === row.id) ?? null,
		custom_fields: (row: Row) => row.custom_fields ?? [],
	};
	list('/companies', () => catalog.data.companies, {
		filters: { company_id: oneOf('id'), created_between: between('created_at'), updated_between: between('updated_at') },
		includes: companyIncludes,
	});
	getRoute(sandbox, '/companies/:id', () => catalog.data.companies, 'Company', companyIncludes);
	sandbox.route('POST', '/companies', (request) => {
		const body = (request.body ?? {}) as Row;
		const errors = companyErrors(body);
		if (Object.keys(errors).length) return unprocessable(errors);
		const company = { id: catalog.nextId('companies'), ...body, created_at: now(), updated_at: now() };
		catalog.data.companies.push(company);
		return { status: 201, body: company };
	});
	sandbox.route('PUT', '/companies/:id', (request) => {
		const company = findById(catalog.data.companies, request.params.id);
		if (!company) return missing('Company');
		const body = (request.body ?? {}) as Row;
		const errors = companyErrors(body);
		if (Object.keys(errors).length) return unprocessable(errors);
		Object.assign(company, body, { updated_at: now() });
		return { status: 200, body: company };
	});

	list('/users', () => store.users, {
		filters: {
			id: oneOf('id'),
			full_name: equals('full_name'),
			role_id: oneOf('role_id'),
			status: equals('status'),
			email: equals('email'),
			phone: equals('phone'),
			created_between: between('created_at'),
			last_logged_between: between('last_logged_at'),
		},
	});
	list('/calls', () => catalog.data.calls, {
		filters: {
			reference_id: oneOf('reference_id'),
			client_id: oneOf('client_id'),
			manager_id: oneOf('user_id'),
			lead_id: oneOf('lead_id'),
			type: equals('type'),
			client_phone: oneOf('external_number'),
			created_between: between('created_at'),
		},
		includes: {
			manager: (row) => userOf(row.user_id),
			client: (row) => findById(catalog.data.buyers, String(row.client_id)) ?? null,
			lead: (row) => findById(catalog.data.cards, String(row.lead_id)) ?? null,
			service: () => ({ id: 1, name: 'Ringostat', alias: 'ringostat' }),
		},
	});
}
