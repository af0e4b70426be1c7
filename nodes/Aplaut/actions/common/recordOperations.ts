import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeProperties } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { inputError } from '../../../shared/execute/inputError';
import { returnAllOrLimit } from '../../../shared/descriptions/properties';
import { listLimit } from '../../../shared/execute/listLimit';
import type { Operation } from '../../../shared/execute/router';
import { flattenDocument, toDocument } from '../../helpers/jsonApi';
import { missingAttributes } from '../../helpers/missingAttributes';
import { aplautRequest } from '../../transport';
import { numberedPages, type NumberedPaging } from '../../transport/paging';
import { filterProperty, includeProperty, simplifyProperty, sortProperty, type QueryField } from './queryProperties';
import { readQuery, readSimplify } from './readQuery';

/** The path of one record: `/orders/ORD-1` — ids are the user's text, so they are encoded. */
export const recordPath = (collection: string, id: string) => `${collection}/${encodeURIComponent(id.trim())}`;

export interface IdParameter {
	name: string;
	displayName: string;
	description: string;
}

export function idProperty(id: IdParameter): INodeProperties {
	return { displayName: id.displayName, name: id.name, type: 'string', required: true, default: '', description: id.description };
}

/** An ID typed or mapped by the user; an empty one would turn `/orders/{id}` into the list path. */
export function readId(context: IExecuteFunctions, itemIndex: number, id: Pick<IdParameter, 'name' | 'displayName'>): string {
	const value = String(context.getNodeParameter(id.name, itemIndex) ?? '').trim();
	if (value === '') {
		throw inputError(context, `${id.displayName} is empty`, itemIndex, 'Check the expression that fills it: the input item may not have this field');
	}
	return value;
}

/** Output of an answer that carries records: flat records, or the document as it came. */
export function recordsOutput(document: IDataObject, simplify: boolean): IDataObject[] {
	return simplify ? (flattenDocument(document) as IDataObject[]) : [document];
}

/** Sends one JSON:API document (`{data: {type, attributes, meta?}}`) and returns what Aplaut stored. */
export async function sendRecord(
	this: IExecuteFunctions,
	itemIndex: number,
	request: { method: IHttpRequestMethods; path: string; type: string; attributes: IDataObject; id?: string; meta?: IDataObject },
): Promise<IDataObject[]> {
	const body = toDocument(request.type, request.attributes, { id: request.id, meta: request.meta });
	let document: IDataObject;
	try {
		document = await aplautRequest.call(this, request.method, request.path, { body }, itemIndex);
	} catch (error) {
		throw request.method === 'PUT' ? explainMissing(error, request.type) : error;
	}
	return recordsOutput(document, readSimplify(this, itemIndex));
}

/**
 * Aplaut's PUT creates the record when it has none with that ID, so an update with only some fields
 * of a record Aplaut lacks is refused for the attributes a new record needs: say which, and why.
 */
function explainMissing(error: unknown, type: string): unknown {
	if (!(error instanceof NodeApiError) || error.httpCode !== '422') return error;
	const missing = missingAttributes((error.errorResponse as IDataObject | undefined)?.fieldErrors);
	if (missing.length === 0) return error;
	const record = type.replace(/s$/, '');
	error.message = `Aplaut needs ${missing.join(', ')} to save this ${record}`;
	error.description = [
		`Update sends PUT, and Aplaut creates the ${record} when it has none with this ID; a new ${record} needs every required attribute. Check the ID, or add the missing attributes.`,
		error.description,
	]
		.filter(Boolean)
		.join('\n');
	return error;
}

type Choice = { value: string; name: string };

/** Get one record by its internal or external ID. */
export function getRecordOperation(config: { collection: string; id: IdParameter; includes?: Choice[] }): Operation {
	return {
		resend: 'safe',
		description: [
			idProperty(config.id),
			...(config.includes ? [includeProperty(config.includes)] : []),
			simplifyProperty,
		],
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const id = readId(this, itemIndex, config.id);
			const include = config.includes ? (this.getNodeParameter('include', itemIndex, []) as string[]) : [];
			const qs = include.length > 0 ? { include: include.join(',') } : undefined;
			const document = await aplautRequest.call(this, 'GET', recordPath(config.collection, id), { qs }, itemIndex);
			return recordsOutput(document, readSimplify(this, itemIndex));
		},
	};
}

/** Delete one record; Aplaut answers 204 without a body, so the item says what was deleted. */
export function deleteRecordOperation(config: { collection: string; id: IdParameter }): Operation {
	return {
		resend: 'safe',
		description: [idProperty(config.id)],
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const id = readId(this, itemIndex, config.id);
			await aplautRequest.call(this, 'DELETE', recordPath(config.collection, id), {}, itemIndex);
			return { id, deleted: true };
		},
	};
}

export interface ListConfig {
	path: string | ((context: IExecuteFunctions, itemIndex: number) => string);
	paging: NumberedPaging;
	filterFields?: QueryField[];
	sortFields?: QueryField[];
	includes?: Choice[];
	/** Properties shown before Return All (e.g. the parent record's ID). */
	leading?: INodeProperties[];
	/** Shown with the page cap: how to reach records beyond it. No hint, no notice. */
	capHint?: string;
	/** A filter block added to the builder's conditions (e.g. from a dropdown). */
	extraFilter?: (context: IExecuteFunctions, itemIndex: number) => string | undefined;
}

/** A page/per_page list with the filter and sort builders the resource supports. */
export function listRecordsOperation(config: ListConfig): Operation {
	const cap = config.paging.pageCap * config.paging.perPageMax;
	return {
		resend: 'safe',
		description: [
			...(config.leading ?? []),
			...returnAllOrLimit(),
			...(config.filterFields ? [filterProperty(config.filterFields)] : []),
			...(config.sortFields ? [sortProperty(config.sortFields)] : []),
			...(config.includes ? [includeProperty(config.includes)] : []),
			simplifyProperty,
			...(config.capHint
				? [
						{
							displayName: `Aplaut serves at most ${config.paging.pageCap} pages of ${config.paging.perPageMax} (${cap.toLocaleString('en-US')} records) per list. ${config.capHint}`,
							name: 'pageCapNotice',
							type: 'notice',
							default: '',
						} as INodeProperties,
					]
				: []),
		],
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const path = typeof config.path === 'string' ? config.path : config.path(this, itemIndex);
			const qs = readQuery(this, itemIndex);
			const extra = config.extraFilter?.(this, itemIndex);
			if (extra) qs.filter = qs.filter ? `${extra},${qs.filter}` : extra;
			return await numberedPages.call(this, path, qs, itemIndex, config.paging, {
				limit: listLimit(this, itemIndex),
				raw: !readSimplify(this, itemIndex),
			});
		},
	};
}

/** The documented paging bounds: per_page 5–25; page ≤ 50 (reviews ≤ 500). */
export const STANDARD_PAGING: NumberedPaging = { pageCap: 50, perPageMin: 5, perPageMax: 25 };
