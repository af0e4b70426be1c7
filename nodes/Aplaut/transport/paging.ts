import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collectPages } from '../../shared/http/paging';
import { flattenDocument } from '../helpers/jsonApi';
import { aplautRequest } from './index';

export interface PageOptions {
	/** Most records to return; undefined = all. */
	limit?: number;
	/** Raw JSON:API documents (one item per page) instead of flat records. */
	raw: boolean;
}

type Document = IDataObject;

const recordsIn = (document: Document) => (Array.isArray(document.data) ? document.data.length : 0);

/** Flat records (deduplicated by id when asked), or the page documents as they came. */
async function collect<TCursor>(
	first: TCursor,
	fetchDocument: (cursor: TCursor, remaining: number | undefined) => Promise<{ document: Document; next?: TCursor }>,
	options: PageOptions & { dedupe?: boolean },
): Promise<IDataObject[]> {
	if (!options.raw) {
		return (await collectPages(
			first,
			async (cursor, remaining) => {
				const { document, next } = await fetchDocument(cursor, remaining);
				return { items: flattenDocument(document), next };
			},
			{ limit: options.limit, dedupeBy: options.dedupe ? 'id' : undefined },
		)) as IDataObject[];
	}
	let seen = 0;
	return (await collectPages(first, async (cursor) => {
		const remaining = options.limit === undefined ? undefined : options.limit - seen;
		const { document, next } = await fetchDocument(cursor, remaining);
		seen += recordsIn(document);
		const done = recordsIn(document) === 0 || (options.limit !== undefined && seen >= options.limit);
		return { items: [document], next: done ? undefined : next };
	})) as IDataObject[];
}

export interface NumberedPaging {
	/** Aplaut refuses pages beyond this number. */
	pageCap: number;
	perPageMin: number;
	perPageMax: number;
}

/**
 * A page/per_page list. Stops at a short page or at the resource's page cap: Aplaut answers nothing
 * beyond it, which is why the node offers Scroll and Export Task for whole data sets.
 */
export async function numberedPages(
	this: IExecuteFunctions,
	path: string,
	qs: IDataObject,
	itemIndex: number,
	paging: NumberedPaging,
	options: PageOptions,
): Promise<IDataObject[]> {
	// One page size for the whole walk: page N is only the next slice if per_page never changes.
	const perPage = Math.min(paging.perPageMax, Math.max(paging.perPageMin, options.limit ?? paging.perPageMax));
	let cappedAt: number | undefined;
	const records = await collect(
		1,
		async (page) => {
			const document = await aplautRequest.call(this, 'GET', path, { qs: { ...qs, page, per_page: perPage } }, itemIndex);
			const full = recordsIn(document) >= perPage;
			if (full && page >= paging.pageCap) cappedAt = page;
			return { document, next: full && page < paging.pageCap ? page + 1 : undefined };
		},
		options,
	);
	if (cappedAt !== undefined && options.limit === undefined) {
		this.addExecutionHints({
			message: `Aplaut serves no page after page ${cappedAt}: there may be more records than returned. Narrow the filter, or use Scroll or an Export Task.`,
			type: 'warning',
			location: 'outputPane',
		});
	}
	return records;
}

/** Aplaut allows one scroll request per 2 seconds per API key. */
const SCROLL_LIMIT = { name: 'scroll', requests: 1, periodMs: 2_000 };

/**
 * A scroll: the first request opens it with filter/sort/include/per_page, the next ones send only
 * `cursor` until `meta.has_more` is false. Records repeated after a pause are dropped by id. A 503
 * is retried by the shared core with the same cursor, honouring Retry-After.
 */
export async function scrollPages(
	this: IExecuteFunctions,
	recordsType: string,
	openQuery: IDataObject,
	itemIndex: number,
	options: PageOptions,
): Promise<IDataObject[]> {
	return await collect<IDataObject>(
		openQuery,
		async (qs) => {
			const document = await aplautRequest.call(
				this,
				'GET',
				`/scroll/${recordsType}`,
				{ qs, endpointLimit: SCROLL_LIMIT },
				itemIndex,
			);
			const meta = (document.meta ?? {}) as IDataObject;
			const cursor = typeof meta.cursor === 'string' && meta.cursor !== '' ? meta.cursor : undefined;
			// A cursor that does not move would walk the same page forever.
			const moved = cursor !== undefined && cursor !== qs.cursor;
			return { document, next: meta.has_more === true && moved ? { cursor } : undefined };
		},
		{ ...options, dedupe: true },
	);
}
