/**
 * Aplaut's `filter` and `sort` query expressions, built from what the user picked in the UI. Pure.
 *
 * filter = `{field}:{operator}:{value}` blocks joined by commas; `in` lists are joined by `|`.
 * sort   = `{field}:{asc|desc}` blocks joined by commas.
 */

import { readPickedDate } from '../../shared/dates/pickedDate';

export const FILTER_OPERATORS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'exists'] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

export interface FilterCondition {
	field: string;
	operator: string;
	value?: unknown;
}

export interface SortRule {
	field: string;
	direction?: string;
}

export class ExpressionError extends Error {}

function text(value: unknown): string {
	if (value === undefined || value === null) return '';
	if (value instanceof Date) return value.toISOString();
	return String(value).trim();
}

// A comma or colon inside a value would be read by Aplaut as the start of a new block or part.
function assertSafe(field: string, value: string, what: string): void {
	if (value.includes(',')) {
		throw new ExpressionError(`The ${what} of the filter on "${field}" contains a comma, which Aplaut cannot read`);
	}
}

const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A time compared with a `*_at` field: one without an offset is read in the workflow's time zone,
 * as every date in this package, and sent with that offset; anything else is sent as typed.
 */
function timeValue(field: string, value: string, zone: string | undefined): string {
	if (zone === undefined || !field.endsWith('_at') || WITH_OFFSET.test(value)) return value;
	return readPickedDate(value, zone)?.toISO({ suppressMilliseconds: true }) ?? value;
}

function conditionBlock(condition: FilterCondition, maxInValues?: number, zone?: string): string {
	const field = text(condition.field);
	if (field === '') throw new ExpressionError('A filter condition has no field');
	const operator = text(condition.operator) as FilterOperator;
	if (!FILTER_OPERATORS.includes(operator)) {
		throw new ExpressionError(`Unknown filter operator "${operator}" for "${field}"`);
	}
	if (operator === 'exists') {
		const raw = condition.value;
		const flag = typeof raw === 'boolean' ? raw : text(raw).toLowerCase() !== 'false';
		return `${field}:exists:${flag ? 'true' : 'false'}`;
	}
	if (operator === 'in') {
		const raw = Array.isArray(condition.value) ? condition.value : text(condition.value).split(/[|,]/);
		const values = raw.map(text).filter((entry) => entry !== '');
		if (values.length === 0) throw new ExpressionError(`The "in" filter on "${field}" has no values`);
		if (maxInValues !== undefined && values.length > maxInValues) {
			throw new ExpressionError(`The "in" filter on "${field}" has ${values.length} values; Aplaut accepts at most ${maxInValues}`);
		}
		return `${field}:in:${values.join('|')}`;
	}
	const value = timeValue(field, text(condition.value), zone);
	if (value === '') throw new ExpressionError(`The filter on "${field}" has no value`);
	assertSafe(field, value, 'value');
	return `${field}:${operator}:${value}`;
}

/** The `filter` parameter, or undefined when there are no conditions. */
export function buildFilter(
	conditions: FilterCondition[] | undefined,
	options: { maxInValues?: number; zone?: string } = {},
): string | undefined {
	if (!conditions || conditions.length === 0) return undefined;
	return conditions.map((condition) => conditionBlock(condition, options.maxInValues, options.zone)).join(',');
}

/** The `sort` parameter, or undefined when there are no rules. */
export function buildSort(rules: SortRule[] | undefined): string | undefined {
	if (!rules || rules.length === 0) return undefined;
	return rules
		.map((rule) => {
			const field = text(rule.field);
			if (field === '') throw new ExpressionError('A sort rule has no field');
			const direction = text(rule.direction || 'asc').toLowerCase();
			if (direction !== 'asc' && direction !== 'desc') {
				throw new ExpressionError(`Sort direction for "${field}" must be asc or desc, not "${direction}"`);
			}
			return `${field}:${direction}`;
		})
		.join(',');
}
