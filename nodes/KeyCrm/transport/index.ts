import type { IDataObject } from 'n8n-workflow';

import { collectPages } from '../../shared/http/paging';
import { objectRequester, type RequestContext } from '../../shared/http/request';
import { isRecord } from '../../shared/http/envelope';
import { keyCrmProfile } from './profile';

export const KEYCRM_MAX_PAGE_SIZE = 50;

export const keyCrmRequest = objectRequester(keyCrmProfile);

/**
 * Walks KeyCRM's Laravel paginator (`current_page`, `last_page`, `data`) with the largest page the
 * API allows, or with the limit when it is smaller, so "Limit 30" costs one request.
 */
export async function keyCrmList(
	this: RequestContext,
	path: string,
	qs: IDataObject,
	limit: number | undefined,
	itemIndex = 0,
): Promise<IDataObject[]> {
	const pageSize = Math.min(KEYCRM_MAX_PAGE_SIZE, limit ?? KEYCRM_MAX_PAGE_SIZE);
	const items = await collectPages(
		1,
		async (page) => {
			const answer = await keyCrmRequest.call(this, 'GET', path, { qs: { ...qs, limit: pageSize, page } }, itemIndex);
			const data = Array.isArray(answer.data) ? (answer.data as IDataObject[]) : [];
			const current = Number(answer.current_page ?? page);
			const last = answer.last_page !== undefined ? Number(answer.last_page) : undefined;
			const hasMore = last !== undefined ? current < last : Boolean(answer.next_page_url);
			return { items: data.filter(isRecord), next: hasMore ? current + 1 : undefined };
		},
		{ limit },
	);
	return items as IDataObject[];
}
