import type { Query } from '../core/sandbox';

/** Aplaut's `filter` / `sort` / paging query parameters, read and applied as the server does. */

export type Row = Record<string, unknown> & { id: string };

export interface Condition {
	field: string;
	operator: string;
	value: string;
}

const OPERATORS = new Set(['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'exists']);
const DATE_FIELD = /_at$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Record ids are fixed-width hex object ids: ordered as text (by length first), never as numbers. */
function compareIds(a: string, b: string): number {
	return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}

export class QueryProblem extends Error {
	constructor(
		/** 400: the expression cannot be read; 422: it names something the resource does not allow. */
		readonly status: 400 | 422,
		readonly key: string,
		message: string,
	) {
		super(message);
	}
}

export function single(query: Query, key: string): string | undefined {
	const raw = query[key];
	return Array.isArray(raw) ? raw[0] : raw;
}

export function parseFilter(expression: string | undefined, allowed: Record<string, string[]>): Condition[] {
	if (expression === undefined || expression === '') return [];
	return expression.split(',').map((block) => {
		const [field, operator, ...rest] = block.split(':');
		const value = rest.join(':');
		if (!field || !operator || !OPERATORS.has(operator) || (rest.length === 0 && operator !== 'exists')) {
			throw new QueryProblem(400, `filter[${field || block}]`, `cannot parse "${block}"`);
		}
		const operators = allowed[field];
		if (!operators) throw new QueryProblem(422, `filter[${field}]`, 'is not a filterable parameter');
		if (!operators.includes(operator)) throw new QueryProblem(422, `filter[${field}]`, `operator ${operator} is not allowed`);
		// The spec types these as date-time (RFC 3339); anything else is refused, not compared as text.
		if (DATE_FIELD.test(field) && !['exists', 'in'].includes(operator) && !RFC_3339.test(value)) {
			throw new QueryProblem(422, `filter[${field}]`, `"${value}" is not a date-time`);
		}
		return { field, operator, value };
	});
}

function comparable(value: unknown): number | string {
	if (typeof value === 'number') return value;
	const text = String(value ?? '');
	if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
	if (/^\d{4}-\d{2}-\d{2}/.test(text) && !Number.isNaN(Date.parse(text))) return Date.parse(text);
	return text;
}

export function matches(row: Row, conditions: Condition[]): boolean {
	return conditions.every(({ field, operator, value }) => {
		const actual = row[field];
		if (operator === 'exists') {
			const present = actual !== undefined && actual !== null && actual !== '';
			return present === (value !== 'false');
		}
		if (operator === 'in') return value.split('|').some((entry) => String(actual) === entry);
		if (field === 'id') {
			const order = compareIds(String(actual), value);
			return operator === 'gt' ? order > 0 : operator === 'gte' ? order >= 0 : operator === 'lt' ? order < 0 : operator === 'lte' ? order <= 0 : operator === 'eq' ? order === 0 : order !== 0;
		}
		const [left, right] = [comparable(actual), comparable(value)];
		switch (operator) {
			case 'eq':
				return String(actual) === value || left === right;
			case 'neq':
				return String(actual) !== value && left !== right;
			case 'gt':
				return left > right;
			case 'gte':
				return left >= right;
			case 'lt':
				return left < right;
			default:
				return left <= right;
		}
	});
}

export function sortRows(rows: Row[], expression: string | undefined): Row[] {
	if (!expression) return rows;
	const rules = expression.split(',').map((block) => {
		const [field, direction = 'asc'] = block.split(':');
		if (!field || (direction !== 'asc' && direction !== 'desc')) {
			throw new QueryProblem(422, 'sort', `cannot sort by "${block}"`);
		}
		return { field, sign: direction === 'asc' ? 1 : -1 };
	});
	return [...rows].sort((a, b) => {
		for (const { field, sign } of rules) {
			const [left, right] = [comparable(a[field]), comparable(b[field])];
			if (left < right) return -sign;
			if (left > right) return sign;
		}
		return 0;
	});
}

export interface PagingRules {
	perPage: { min: number; max: number; default: number };
	pageCap: number;
}

export function readPaging(query: Query, rules: PagingRules): { page: number; perPage: number } {
	const number = (key: string, fallback: number) => {
		const raw = single(query, key);
		if (raw === undefined || raw === '') return fallback;
		const value = Number(raw);
		if (!Number.isInteger(value)) throw new QueryProblem(422, key, 'must be an integer');
		return value;
	};
	const perPage = number('per_page', rules.perPage.default);
	const page = number('page', 1);
	if (perPage < rules.perPage.min || perPage > rules.perPage.max) {
		throw new QueryProblem(422, 'per_page', `must be between ${rules.perPage.min} and ${rules.perPage.max}`);
	}
	if (page < 1 || page > rules.pageCap) throw new QueryProblem(422, 'page', `must be between 1 and ${rules.pageCap}`);
	return { page, perPage };
}
