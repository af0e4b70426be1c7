import { createHash } from 'node:crypto';

import type { Sandbox, SandboxReply, SandboxRequest } from '../core/sandbox';
import { matches, parseFilter, QueryProblem, single, sortRows } from './query';
import { aplautError, guarded, ok, queryError } from './replies';
import type { AplautStore } from './store';

export interface ScrollBehaviour {
	/** Pages (1-based) that restart from the last record already delivered, as after a pause > 2 min. */
	repeatOnPages: number[];
	/** The first request for this page (1-based) is answered 503 with Retry-After; the cursor stays valid. */
	unavailableOnPage?: number;
	retryAfterSeconds: number;
	/** 1 scroll request per 2 seconds per key, else a plain-text 429. */
	enforceTempo: boolean;
	/** After this many pages the scroll is gone and its cursor answers 400. */
	forgetAfterPages?: number;
}

export const defaultScrollBehaviour = (): ScrollBehaviour => ({ repeatOnPages: [], retryAfterSeconds: 1, enforceTempo: true });

const ANY = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'exists'];
const fields = (names: string) => Object.fromEntries(names.split(' ').map((name) => [name, ANY]));

const SCROLL_FILTERS: Record<string, Record<string, string[]>> = {
	reviews: fields(
		'created_at updated_at published_at state context_type product_id product_group_id brand_id category_id rating origin syndication_source order_number lang verified featured recommended',
	),
	products: fields('created_at updated_at last_imported_at summary_updated_at external_id group_id brand_id category_id vendor_code available price rating'),
	questions: fields(
		'created_at updated_at published_at imported_at state context_type product_id product_external_id product_group_id brand_id category_id lang origin has_published_answers',
	),
};

interface OpenScroll {
	type: string;
	ids: string[];
	perPage: number;
	include: string;
	params: Record<string, string | undefined>;
	/** Pages served so far. */
	pages: number;
}

const SECRET = 'sandbox-scroll';
const sign = (text: string) => createHash('sha256').update(`${SECRET}:${text}`).digest('hex').slice(0, 16);
const encodeCursor = (scrollId: string, offset: number) => {
	const body = Buffer.from(JSON.stringify({ s: scrollId, o: offset })).toString('base64url');
	return `${body}.${sign(body)}`;
};

const badCursor = (message: string) => aplautError(400, 'Invalid cursor', { message });

/** `GET /scroll/{reviews|products|questions}` with cursors, the 30-day default filter, repeats and 503s. */
export function registerScroll(
	sandbox: Sandbox,
	store: AplautStore,
	behaviour: () => ScrollBehaviour,
): { reset(): void; stats: { recordsSent: number } } {
	/** Records sent over all scroll pages, repeats included. */
	const stats = { recordsSent: 0 };
	const scrolls = new Map<string, OpenScroll>();
	let lastRequestAt = 0;
	let counter = 0;
	// The configured 503 is given once per test, even if the client reopens the scroll after it.
	let unavailableGiven = false;

	const page = (_request: SandboxRequest, scrollId: string, scroll: OpenScroll, offset: number): SandboxReply => {
		const settings = behaviour();
		const pageNumber = scroll.pages + 1;
		if (settings.unavailableOnPage === pageNumber && !unavailableGiven) {
			unavailableGiven = true;
			return {
				...aplautError(503, 'Service unavailable', { message: 'No scroll snapshots left, retry later' }),
				headers: { 'Retry-After': String(settings.retryAfterSeconds) },
			};
		}
		const start = settings.repeatOnPages.includes(pageNumber) && offset > 0 ? offset - 1 : offset;
		const ids = scroll.ids.slice(start, start + scroll.perPage);
		const rows = ids.map((id) => store.find(scroll.type, id)).filter((row) => row !== undefined);
		const next = start + ids.length;
		const hasMore = next < scroll.ids.length;
		scroll.pages = pageNumber;
		stats.recordsSent += rows.length;
		const cursor = hasMore ? encodeCursor(scrollId, next) : undefined;
		const include = scroll.include.split(',').filter(Boolean);
		return ok({
			data: rows.map((row) => store.resource(scroll.type, row)),
			...(include.length > 0 ? { included: store.included(scroll.type, rows, include) } : {}),
			meta: {
				has_more: hasMore,
				count: rows.length,
				...(cursor ? { cursor } : {}),
				...(pageNumber === 1 ? { total_count: scroll.ids.length } : {}),
				...(pageNumber === 1 && scroll.params.applied_filter ? { applied_filter: scroll.params.applied_filter } : {}),
			},
			links: cursor ? { next: `${sandbox.baseUrl}/scroll/${scroll.type}?cursor=${cursor}` } : {},
		});
	};

	const open = (request: SandboxRequest, type: string): SandboxReply =>
		guarded(
			() => {
				const given = single(request.query, 'filter');
				const appliedFilter = given ? undefined : `updated_at:gte:${new Date(Date.now() - 30 * 86_400_000).toISOString()}`;
				const conditions = parseFilter(given ?? appliedFilter, SCROLL_FILTERS[type]);
				const sort = single(request.query, 'sort') ?? 'updated_at:asc';
				if (sort !== 'updated_at:asc' && sort !== 'created_at:asc') throw new QueryProblem(422, 'sort', 'must be updated_at:asc or created_at:asc');
				const perPage = Number(single(request.query, 'per_page') ?? 100);
				if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) throw new QueryProblem(422, 'per_page', 'must be between 1 and 100');
				const rows = sortRows(store.all(type).filter((row) => matches(row, conditions)), sort);
				const scrollId = `s${++counter}`;
				const scroll: OpenScroll = {
					type,
					ids: rows.map((row) => row.id),
					perPage,
					include: single(request.query, 'include') ?? '',
					params: { filter: given, sort: single(request.query, 'sort'), per_page: single(request.query, 'per_page'), applied_filter: appliedFilter },
					pages: 0,
				};
				scrolls.set(scrollId, scroll);
				return page(request, scrollId, scroll, 0);
			},
			(problem) => (problem.status === 400 ? aplautError(400, 'Invalid query params', { [problem.key]: [problem.message] }) : queryError(problem)),
		);

	const proceed = (request: SandboxRequest, type: string, cursor: string): SandboxReply => {
		const [body, signature] = cursor.split('.');
		if (!body || signature !== sign(body)) return badCursor('cursor is malformed or was changed');
		let decoded: { s?: string; o?: number };
		try {
			decoded = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { s?: string; o?: number };
		} catch {
			return badCursor('cursor is malformed or was changed');
		}
		const scroll = decoded.s ? scrolls.get(decoded.s) : undefined;
		if (!scroll || scroll.type !== type || typeof decoded.o !== 'number') return badCursor('cursor was issued for another scroll');
		const forgetAfter = behaviour().forgetAfterPages;
		if (forgetAfter !== undefined && scroll.pages >= forgetAfter) return badCursor('cursor has expired');
		for (const key of ['filter', 'sort', 'per_page'] as const) {
			const sent = single(request.query, key);
			if (sent !== undefined && sent !== scroll.params[key]) return badCursor(`${key} differs from the one the scroll was opened with`);
		}
		return page(request, decoded.s!, scroll, decoded.o);
	};

	sandbox.route('GET', '/scroll/:type', (request) => {
		const type = request.params.type;
		if (!SCROLL_FILTERS[type]) return aplautError(404, 'Record not found');
		const settings = behaviour();
		const now = Date.now();
		if (settings.enforceTempo && now - lastRequestAt < 2_000) {
			const retryAfter = Math.ceil((lastRequestAt + 2_000 - now) / 1000);
			return {
				status: 429,
				body: 'Throttled\n',
				headers: {
					'Retry-After': String(retryAfter),
					'X-RateLimit-Limit': '1',
					'X-RateLimit-Period': '2',
					'X-RateLimit-Reset': new Date(lastRequestAt + 2_000).toISOString(),
				},
			};
		}
		lastRequestAt = now;
		const cursor = single(request.query, 'cursor');
		return cursor ? proceed(request, type, cursor) : open(request, type);
	});
	return {
		stats,
		reset() {
			stats.recordsSent = 0;
			scrolls.clear();
			lastRequestAt = 0;
			unavailableGiven = false;
		},
	};
}
