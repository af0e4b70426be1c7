/**
 * What the Aplaut Poll Trigger asks for, per event: Aplaut's own polling recipes from its Platform
 * API 4.1 ("Пагинация"). Pure: no n8n imports.
 *
 * - new records: `sort=created_at:asc` + `filter=id:gt:{floor id}`. The floor stays for the whole
 *   walk: a record imported with an old `created_at` and a new id sorts first, so moving on from
 *   the highest id of a page would skip the lower ids behind it. The walk moves on by `created_at`
 *   instead (`created_at:gte` of the newest one read, the boundary records kept out by id), as the
 *   change walk does;
 * - changes: `sort=updated_at:asc` + `filter=updated_at:gte:{time}`, the newest time of each answer
 *   feeding the next. `gte` brings the boundary records back: they are kept out by id
 *   (shared/trigger/watermark.ts). Only when a whole page shares one time (no progress) does the
 *   walk turn to the next page number of the same filter.
 */
import type { IDataObject } from 'n8n-workflow';


export type AplautPollEvent = 'newReview' | 'reviewUpdated' | 'newQuestion' | 'newAnswer';

export const PER_PAGE = 25;

export interface EventRecipe {
	path: '/reviews' | '/questions';
	/** Keyset walk by id (new records) or by updated_at (changes). */
	walk: 'id' | 'time';
	/** Aplaut serves no page beyond this number (the time walk's same-time fallback). */
	pageCap: number;
	include?: string;
}

export const RECIPES: Record<AplautPollEvent, EventRecipe> = {
	newReview: { path: '/reviews', walk: 'id', pageCap: 500 },
	reviewUpdated: { path: '/reviews', walk: 'time', pageCap: 500 },
	newQuestion: { path: '/questions', walk: 'id', pageCap: 50 },
	// Answers have no list of their own: questions changed since the watermark, with their answers.
	newAnswer: { path: '/questions', walk: 'time', pageCap: 50, include: 'answers' },
};

export type FlatRecord = IDataObject;

export const idOf = (record: FlatRecord): string | undefined =>
	typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : undefined;

export function updatedAtOf(record: FlatRecord): number | undefined {
	const at = typeof record.updated_at === 'string' ? Date.parse(record.updated_at) : Number.NaN;
	return Number.isNaN(at) ? undefined : at;
}

/** Aplaut reads date-times as RFC 3339; milliseconds kept, so `gte` never misses the boundary. */
export const isoTime = (ms: number) => new Date(ms).toISOString();

export function createdAtOf(record: FlatRecord): number | undefined {
	const at = typeof record.created_at === 'string' ? Date.parse(record.created_at) : Number.NaN;
	return Number.isNaN(at) ? undefined : at;
}

/** New records above the floor id, from `createdSinceMs` on (the walk's cursor) when given. */
export function idQuery(recipe: EventRecipe, floorId: string | undefined, createdSinceMs?: number, page = 1): IDataObject {
	const filter = [
		...(floorId !== undefined ? [`id:gt:${floorId}`] : []),
		...(createdSinceMs !== undefined ? [`created_at:gte:${isoTime(createdSinceMs)}`] : []),
	].join(',');
	return {
		sort: 'created_at:asc',
		...(filter ? { filter } : {}),
		...(recipe.include ? { include: recipe.include } : {}),
		page,
		per_page: PER_PAGE,
	};
}

export function timeQuery(recipe: EventRecipe, sinceMs: number, page: number): IDataObject {
	return {
		sort: 'updated_at:asc',
		filter: `updated_at:gte:${isoTime(sinceMs)}`,
		...(recipe.include ? { include: recipe.include } : {}),
		page,
		per_page: PER_PAGE,
	};
}

/** The newest records (first activation, Fetch Test Event): by creation for new records, else by change. */
export function latestQuery(recipe: EventRecipe): IDataObject {
	return {
		sort: recipe.walk === 'id' ? 'created_at:desc' : 'updated_at:desc',
		...(recipe.include ? { include: recipe.include } : {}),
		page: 1,
		per_page: PER_PAGE,
	};
}

export interface WalkLimits {
	/** Stop reading pages after this time (ms since the epoch); what was read is still delivered. */
	deadlineMs: number;
	now: () => number;
	maxPages?: number;
}

export interface Walked {
	records: FlatRecord[];
	/** False when the walk stopped early (time, page cap): the next poll goes on from what was delivered. */
	complete: boolean;
}

/** Keyset walk by updated_at, falling back to page numbers while a page shows no newer time. */
export async function walkByTime(
	fetchPage: (sinceMs: number, page: number) => Promise<FlatRecord[]>,
	sinceMs: number,
	limits: WalkLimits & { pageCap: number },
): Promise<Walked> {
	return await walkBySortTime(async (since, page) => await fetchPage(since ?? sinceMs, page), sinceMs, updatedAtOf, limits);
}

/**
 * Keyset walk by the time the answers are sorted by (`gte` the newest time of the last full page;
 * without a start, the first request has no time filter), falling back to page numbers while a
 * full page shows no newer time.
 */
export async function walkBySortTime(
	fetchPage: (sinceMs: number | undefined, page: number) => Promise<FlatRecord[]>,
	sinceMs: number | undefined,
	timeOf: (record: FlatRecord) => number | undefined,
	limits: WalkLimits & { pageCap: number },
): Promise<Walked> {
	const records: FlatRecord[] = [];
	let since = sinceMs;
	let page = 1;
	for (let count = 0; count < (limits.maxPages ?? 10_000); count++) {
		const batch = await fetchPage(since, page);
		records.push(...batch);
		if (batch.length < PER_PAGE) return { records, complete: true };
		const newest = Math.max(...batch.map((record) => timeOf(record) ?? Number.NEGATIVE_INFINITY));
		if (Number.isFinite(newest) && (since === undefined || newest > since)) {
			since = newest;
			page = 1;
		} else if (page < limits.pageCap) {
			page++;
		} else {
			return { records, complete: false };
		}
		if (limits.now() >= limits.deadlineMs) return { records, complete: false };
	}
	return { records, complete: false };
}
