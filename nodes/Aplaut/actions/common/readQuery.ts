import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../../shared/execute/inputError';
import { AttributeError } from '../../helpers/attributes';
import { buildFilter, buildSort, ExpressionError, type FilterCondition, type SortRule } from '../../helpers/queryExpressions';

/** Runs a pure builder and turns its complaint into an item error the user can act on. */
export function asInputError<T>(context: IExecuteFunctions, itemIndex: number, build: () => T): T {
	try {
		return build();
	} catch (error) {
		if (error instanceof ExpressionError || error instanceof AttributeError) {
			throw inputError(context, error.message, itemIndex);
		}
		throw inputError(context, error as Error, itemIndex);
	}
}

/** `filter`, `sort` and `include` query parameters from the builders an operation shows. */
export function readQuery(
	context: IExecuteFunctions,
	itemIndex: number,
	options: { maxInValues?: number } = {},
): IDataObject {
	const conditions = context.getNodeParameter('filters.conditions', itemIndex, []) as FilterCondition[];
	const rules = context.getNodeParameter('sort.rules', itemIndex, []) as SortRule[];
	const include = context.getNodeParameter('include', itemIndex, []) as string[];
	const qs: IDataObject = {};
	const filter = asInputError(context, itemIndex, () => buildFilter(conditions, { ...options, zone: context.getTimezone() }));
	const sort = asInputError(context, itemIndex, () => buildSort(rules));
	if (filter) qs.filter = filter;
	if (sort) qs.sort = sort;
	if (include.length > 0) qs.include = include.join(',');
	return qs;
}

export function readSimplify(context: IExecuteFunctions, itemIndex: number): boolean {
	return context.getNodeParameter('simplify', itemIndex, true) as boolean;
}
