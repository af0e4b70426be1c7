import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { KEYCRM_MAX_PAGE_SIZE, keyCrmRequest } from '../transport';
import type { PollEvent } from './events';
import { keyCrmTimeMs, pollRange } from './pollWindow';

export interface WindowRead {
	records: IDataObject[];
	/** False when the page deadline stopped the read: what was read is still delivered. */
	complete: boolean;
}

const rowsOf = (answer: IDataObject) => (Array.isArray(answer.data) ? (answer.data as IDataObject[]) : []);

function hasMore(answer: IDataObject, page: number): boolean {
	const current = Number(answer.current_page ?? page);
	return answer.last_page !== undefined ? current < Number(answer.last_page) : Boolean(answer.next_page_url);
}

/**
 * Every record of the poll's window, page by page until the last page, until `enough` says the
 * rest is older than the window, or until the page deadline.
 */
async function readPages(
	context: IPollFunctions,
	path: string,
	qs: IDataObject,
	deadlineMs: number,
	enough: (page: IDataObject[]) => boolean = () => false,
): Promise<WindowRead> {
	const records: IDataObject[] = [];
	for (let page = 1; ; page++) {
		const answer = await keyCrmRequest.call(context, 'GET', path, { qs: { ...qs, limit: KEYCRM_MAX_PAGE_SIZE, page } });
		const rows = rowsOf(answer);
		records.push(...rows);
		if (rows.length === 0 || !hasMore(answer, page) || enough(rows)) return { records, complete: true };
		if (Date.now() >= deadlineMs) return { records, complete: false };
	}
}

/**
 * The records of an event from `startMs` on. Events with a range filter ask KeyCRM for the range;
 * new orders have none that fits ("created_between" selects by `ordered_at`, the time at the
 * order's source), so they are read newest id first, down to the first page that reaches an order
 * created (as KeyCRM stores it) before the window.
 */
export async function readWindow(
	context: IPollFunctions,
	event: PollEvent,
	qs: IDataObject,
	window: { startMs: number; nowMs: number; deadlineMs: number },
): Promise<WindowRead> {
	if (event.rangeFilter) {
		const range = pollRange({ sinceMs: window.startMs, keysAtSince: [] }, window.nowMs);
		return await readPages(context, event.path, { ...qs, [`filter[${event.rangeFilter}]`]: range }, window.deadlineMs);
	}
	const before = (row: IDataObject) => (keyCrmTimeMs(row[event.timeField]) ?? Number.NEGATIVE_INFINITY) < window.startMs;
	const read = await readPages(context, event.path, { ...qs, sort: '-id' }, window.deadlineMs, (rows) => before(rows[rows.length - 1]));
	return { ...read, records: read.records.reverse() };
}
