import type { Query } from './sandbox';

export function numberParam(query: Query, key: string, fallback: number): number {
	const raw = query[key];
	const value = Number(Array.isArray(raw) ? raw[0] : raw);
	return Number.isFinite(value) && raw !== undefined && raw !== '' ? value : fallback;
}

/** Laravel's LengthAwarePaginator, as KeyCRM answers lists. */
export function laravelPage<T>(all: T[], query: Query, baseUrl: string, maxPerPage = 50, defaultPerPage = 15) {
	const perPage = Math.min(maxPerPage, Math.max(1, numberParam(query, 'limit', defaultPerPage)));
	const page = Math.max(1, numberParam(query, 'page', 1));
	const lastPage = Math.max(1, Math.ceil(all.length / perPage));
	const from = (page - 1) * perPage;
	const data = all.slice(from, from + perPage);
	const link = (n: number) => `${baseUrl}?page=${n}`;
	return {
		total: all.length,
		current_page: page,
		per_page: perPage,
		last_page: lastPage,
		from: data.length ? from + 1 : null,
		to: data.length ? from + data.length : null,
		first_page_url: link(1),
		last_page_url: link(lastPage),
		next_page_url: page < lastPage ? link(page + 1) : null,
		prev_page_url: page > 1 ? link(page - 1) : null,
		path: baseUrl,
		data,
	};
}
