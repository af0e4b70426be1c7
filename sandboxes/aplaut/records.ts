import type { Sandbox, SandboxRequest } from '../core/sandbox';
import { matches, parseFilter, readPaging, single, sortRows, type PagingRules, type Row } from './query';
import { guarded, isReply, notFound, ok, readDocument, validationError } from './replies';
import type { AplautStore } from './store';

export type Errors = Record<string, string[]>;

/** What differs between Aplaut's record types; the routes are the same for all. */
export interface RecordType {
	type: string;
	/** As in "Validation of Order failed." */
	model: string;
	filters: Record<string, string[]>;
	paging: PagingRules;
	/** Problems with the record as it would be stored. */
	validate(row: Record<string, unknown>, store: AplautStore, existing?: Row): Errors;
	/** Last changes before storing (derived attributes, photos, links). */
	prepare?(attributes: Record<string, unknown>, meta: Record<string, unknown>, store: AplautStore): Errors | undefined;
	/** Object attributes merged on update instead of replaced. */
	merged: string[];
	/** PUT creates the record when the id is unknown, with this attribute set to the id. */
	upsertKey?: string;
}

export const STANDARD_PAGING: PagingRules = { perPage: { min: 5, max: 25, default: 25 }, pageCap: 50 };
const DATES = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'];
export const DATE_FILTERS = { created_at: DATES, updated_at: DATES };

function includeOf(request: SandboxRequest): string[] {
	return (single(request.query, 'include') ?? '').split(',').filter(Boolean);
}

export function listReply(store: AplautStore, spec: Pick<RecordType, 'type' | 'filters' | 'paging'>, request: SandboxRequest, rows: Row[]) {
	return guarded(() => {
		const conditions = parseFilter(single(request.query, 'filter'), spec.filters);
		const { page, perPage } = readPaging(request.query, spec.paging);
		const selected = sortRows(rows.filter((row) => matches(row, conditions)), single(request.query, 'sort'));
		const pageRows = selected.slice((page - 1) * perPage, page * perPage);
		const include = includeOf(request);
		return ok({
			data: pageRows.map((row) => store.resource(spec.type, row)),
			...(include.length > 0 ? { included: store.included(spec.type, pageRows, include) } : {}),
			meta: { total: selected.length, page, per_page: perPage },
		});
	});
}

export function recordReply(store: AplautStore, type: string, row: Row, request: SandboxRequest, status = 200) {
	const include = includeOf(request);
	return ok(
		{ data: store.resource(type, row), ...(include.length > 0 ? { included: store.included(type, [row], include) } : {}) },
		status,
	);
}

function mergeInto(row: Row, attributes: Record<string, unknown>, merged: string[]): Record<string, unknown> {
	const next: Record<string, unknown> = { ...row, ...attributes };
	for (const key of merged) {
		if (attributes[key] && typeof attributes[key] === 'object') {
			next[key] = { ...((row[key] as object | undefined) ?? {}), ...(attributes[key] as object) };
		}
	}
	return next;
}

/** Creates (or, with `existing`, updates) a record after validation; answers 422 like Aplaut. */
export function saveRecord(store: AplautStore, spec: RecordType, request: SandboxRequest, existing?: Row, defaults: Record<string, unknown> = {}) {
	const document = readDocument(request, spec.type);
	if (isReply(document)) return document;
	const attributes = { ...defaults, ...document.attributes };
	const problems = spec.prepare?.(attributes, document.meta, store);
	if (problems) return validationError(spec.model, problems);
	const candidate = existing ? mergeInto(existing, attributes, spec.merged) : attributes;
	const errors = spec.validate(candidate, store, existing);
	if (Object.keys(errors).length > 0) return validationError(spec.model, errors);
	if (existing) {
		Object.assign(existing, candidate, { updated_at: new Date().toISOString() });
		return recordReply(store, spec.type, existing, request, 200);
	}
	return recordReply(store, spec.type, store.add(spec.type, candidate), request, 201);
}

/** POST, GET (list and one), PUT and DELETE of one record type. */
export type Verb = 'create' | 'list' | 'get' | 'update' | 'delete';

export function registerRecordType(
	sandbox: Sandbox,
	store: AplautStore,
	spec: RecordType,
	verbs: Verb[] = ['create', 'list', 'get', 'update', 'delete'],
): void {
	const path = `/${spec.type}`;
	const route = (verb: Verb, method: string, at: string, handler: Parameters<Sandbox['route']>[2]) => {
		if (verbs.includes(verb)) sandbox.route(method, at, handler);
	};
	route('create', 'POST', path, (request) => saveRecord(store, spec, request));
	route('list', 'GET', path, (request) => listReply(store, spec, request, store.all(spec.type)));
	route('get', 'GET', `${path}/:id`, (request) => {
		const row = store.find(spec.type, request.params.id);
		return row ? recordReply(store, spec.type, row, request) : notFound();
	});
	route('update', 'PUT', `${path}/:id`, (request) => {
		const row = store.find(spec.type, request.params.id);
		if (row) return saveRecord(store, spec, request, row);
		if (!spec.upsertKey) return notFound();
		return saveRecord(store, spec, request, undefined, { [spec.upsertKey]: request.params.id });
	});
	route('delete', 'DELETE', `${path}/:id`, (request) => {
		const row = store.find(spec.type, request.params.id);
		if (!row) return notFound();
		store.remove(spec.type, row);
		return { status: 204 };
	});
}

export function required(row: Record<string, unknown>, keys: string[], errors: Errors = {}): Errors {
	for (const key of keys) {
		const value = row[key];
		if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
			errors[key] = ["can't be blank"];
		}
	}
	return errors;
}

export function unique(store: AplautStore, type: string, key: string, row: Record<string, unknown>, existing: Row | undefined, errors: Errors): Errors {
	if (row[key] === undefined) return errors;
	const clash = store.all(type).find((entry) => entry !== existing && entry[key] === row[key]);
	if (clash) errors[key] = ['is already taken'];
	return errors;
}
