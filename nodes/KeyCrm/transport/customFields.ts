import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import { isRecord } from '../../shared/http/envelope';
import { keyCrmRequest } from './index';

/** Models KeyCRM attaches custom fields to (`crm_product` is a catalog product). */
export type CustomFieldModel = 'order' | 'lead' | 'client' | 'crm_product';

/**
 * The account's custom fields. KeyCRM answers this endpoint with a plain list, not a page; a paged
 * answer is read too in case that changes.
 */
export async function fetchCustomFields(
	this: IExecuteFunctions | ILoadOptionsFunctions,
	query: { models?: string[]; includeOptions?: boolean; sort?: string },
	itemIndex = 0,
): Promise<IDataObject[]> {
	const qs: IDataObject = {};
	if (query.models?.length) qs['filter[model]'] = query.models.join(',');
	if (query.includeOptions) qs.include = 'options';
	if (query.sort) qs.sort = query.sort;
	const answer: unknown = await keyCrmRequest.call(this, 'GET', '/custom-fields', { qs }, itemIndex);
	const rows = Array.isArray(answer) ? answer : isRecord(answer) && Array.isArray(answer.data) ? answer.data : [];
	return rows.filter(isRecord) as IDataObject[];
}

const listFieldsByExecution = new WeakMap<object, Map<CustomFieldModel, Promise<Set<string>>>>();

/**
 * UUIDs of the list (select) fields of a model, fetched once per node run (the execute context is
 * the same object for every item): their values go out as a list of strings, others as text.
 */
export async function listFieldUuids(
	this: IExecuteFunctions,
	model: CustomFieldModel,
	itemIndex: number,
): Promise<Set<string>> {
	let byModel = listFieldsByExecution.get(this);
	if (!byModel) {
		byModel = new Map();
		listFieldsByExecution.set(this, byModel);
	}
	let cached = byModel.get(model);
	if (!cached) {
		cached = fetchCustomFields
			.call(this, { models: [model] }, itemIndex)
			.then((fields) => new Set(fields.filter((field) => field.type === 'select').map((field) => String(field.uuid))));
		byModel.set(model, cached);
		// A failed lookup must not stick: the next item tries again.
		cached.catch(() => byModel.delete(model));
	}
	return await cached;
}
