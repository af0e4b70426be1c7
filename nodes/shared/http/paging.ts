/** "Return All" / "Limit" over any paging scheme: a service supplies how to fetch one page. Pure. */

export interface FetchedPage<TCursor> {
	items: Array<Record<string, unknown>>;
	/** Cursor of the next page; undefined when this was the last one. */
	next?: TCursor;
}

export interface CollectOptions {
	/** Stop after this many items; undefined = all. */
	limit?: number;
	/** Drop records whose value at this key was already seen (cursor APIs may repeat records). */
	dedupeBy?: string;
	/** A guard against a server that never says "last page". */
	maxPages?: number;
}

export async function collectPages<TCursor>(
	first: TCursor,
	fetchPage: (cursor: TCursor, remaining: number | undefined) => Promise<FetchedPage<TCursor>>,
	options: CollectOptions = {},
): Promise<Array<Record<string, unknown>>> {
	const { limit, dedupeBy, maxPages = 10_000 } = options;
	const results: Array<Record<string, unknown>> = [];
	const seen = new Set<unknown>();
	let cursor: TCursor | undefined = first;
	for (let page = 0; cursor !== undefined && page < maxPages; page++) {
		const remaining = limit === undefined ? undefined : limit - results.length;
		const fetched: FetchedPage<TCursor> = await fetchPage(cursor, remaining);
		for (const item of fetched.items) {
			if (dedupeBy !== undefined) {
				const key = item[dedupeBy];
				if (key !== undefined && seen.has(key)) continue;
				seen.add(key);
			}
			results.push(item);
			if (limit !== undefined && results.length >= limit) return results;
		}
		if (fetched.items.length === 0) break;
		cursor = fetched.next;
	}
	return results;
}
