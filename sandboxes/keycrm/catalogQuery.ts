import type { Query, Sandbox, SandboxReply } from '../core/sandbox';
import type { KeyCrmStore, Row } from './store';

/** How one `filter[key]` matches a row. */
export type RowFilter = (row: Row, value: string) => boolean;

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const list = (value: string) => value.split(',').map((part) => part.trim()).filter(Boolean);

/** `filter[key]=1,2`: the row's field (or any of its values, for arrays) is one of the list. */
export const oneOf =
	(field: string): RowFilter =>
	(row, value) => {
		const wanted = new Set(list(value));
		const own = Array.isArray(row[field]) ? (row[field] as unknown[]) : [row[field]];
		return own.some((entry) => wanted.has(text(entry)));
	};

export const equals =
	(field: string): RowFilter =>
	(row, value) =>
		text(row[field]).toLowerCase() === value.toLowerCase();

export const flag =
	(field: string): RowFilter =>
	(row, value) =>
		Boolean(row[field]) === (value === 'true' || value === '1');

/** `filter[created_between]=2020-08-24 00:00:00, 2020-09-22 23:59:59`, as KeyCRM takes it. */
export const between =
	(field: string): RowFilter =>
	(row, value) => {
		const [from, to] = value.split(',').map((part) => part.trim());
		const at = text(row[field]);
		return at !== '' && (!from || at >= from) && (!to || at <= to);
	};

export interface ListRules {
	filters?: Record<string, RowFilter>;
	/** include name → what it adds to a row. */
	includes?: Record<string, (row: Row) => unknown>;
	sorts?: string[];
}

/** Laravel query builder's answer to a filter, include or sort it does not allow. */
function notAllowed(kind: string, asked: string[], allowed: string[]): SandboxReply {
	return {
		status: 400,
		body: { message: `Requested ${kind}(s) \`${asked.join(', ')}\` are not allowed. Allowed ${kind}(s) are \`${allowed.join(', ')}\`.` },
	};
}

/** Applies `filter[..]`, `include` and `sort` to a list; unknown ones are refused like KeyCRM does. */
export function queryRows(rows: Row[], query: Query, rules: ListRules): Row[] | SandboxReply {
	let result = [...rows];
	const filters = rules.filters ?? {};
	const asked = Object.keys(query).filter((key) => key.startsWith('filter['));
	const unknown = asked.map((key) => key.slice(7, -1)).filter((key) => !filters[key]);
	if (unknown.length) return notAllowed('filter', unknown, Object.keys(filters));
	for (const key of asked) {
		const value = text(query[key]);
		result = result.filter((row) => filters[key.slice(7, -1)](row, value));
	}
	const includes = query.include ? list(text(query.include)) : [];
	const badIncludes = includes.filter((name) => !rules.includes?.[name]);
	if (badIncludes.length) return notAllowed('include', badIncludes, Object.keys(rules.includes ?? {}));
	if (includes.length) {
		result = result.map((row) => {
			const copy = { ...row };
			for (const name of includes) copy[name.split('.')[0]] = rules.includes![name](row);
			return copy;
		});
	}
	if (query.sort) {
		const sort = text(query.sort);
		const field = sort.replace(/^-/, '');
		if (!rules.sorts?.includes(field)) return notAllowed('sort', [field], rules.sorts ?? []);
		const direction = sort.startsWith('-') ? -1 : 1;
		result.sort((a, b) => (Number(a[field]) - Number(b[field]) || text(a[field]).localeCompare(text(b[field]))) * direction);
	}
	return result;
}

export function isReply(value: unknown): value is SandboxReply {
	return !Array.isArray(value);
}

export function findById(rows: Row[], id: string): Row | undefined {
	return rows.find((row) => String(row.id) === id);
}

export const missing = (what: string): SandboxReply => ({ status: 404, body: { message: `${what} not found` } });

/** `GET path`: the rows through `queryRows`, answered as one page of Laravel's paginator. */
export function listRoute(sandbox: Sandbox, store: KeyCrmStore, path: string, rows: () => Row[], rules: ListRules = {}): void {
	sandbox.route('GET', path, (request) => {
		const result = queryRows(rows(), request.query, rules);
		return isReply(result) ? result : { status: 200, body: store.page(result, request.query, request.path) };
	});
}

/** `GET path/:id`: one row with the includes asked for, or KeyCRM's 404. */
export function getRoute(sandbox: Sandbox, path: string, rows: () => Row[], what: string, includes: ListRules['includes'] = {}): void {
	sandbox.route('GET', path, (request) => {
		const row = findById(rows(), request.params.id);
		if (!row) return missing(what);
		const result = queryRows([row], request.query, { includes });
		return isReply(result) ? result : { status: 200, body: result[0] };
	});
}
