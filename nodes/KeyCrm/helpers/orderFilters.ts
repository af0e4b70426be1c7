/** The order list's filters as KeyCRM's query (`filter[field]=a,b`). Pure. */
import { splitList, type Fields } from './compact';
import { betweenFilter, toKeyCrmDateTime } from './dates';

const LIST_FILTERS = ['status_id', 'source_id', 'payment_status', 'buyer_email', 'buyer_phone'];
const RANGE_FILTERS: Record<string, string> = {
	createdBetween: 'created_between',
	updatedBetween: 'updated_between',
	shippingBetween: 'shipping_between',
};

function rangeOf(collection: unknown): { from?: unknown; to?: unknown } | undefined {
	const range = (collection as { range?: { from?: unknown; to?: unknown } } | undefined)?.range;
	return range && (range.from || range.to) ? range : undefined;
}

export function orderFilterQuery(filters: Fields, zone: string, now: Date = new Date()): { qs: Record<string, string>; problems: string[] } {
	const qs: Record<string, string> = {};
	const problems: string[] = [];
	for (const key of LIST_FILTERS) {
		const values = splitList(filters[key]);
		if (values.length > 0) qs[`filter[${key}]`] = values.join(',');
	}
	if (typeof filters.source_uuid === 'string' && filters.source_uuid.trim() !== '') {
		qs['filter[source_uuid]'] = filters.source_uuid.trim();
	}
	if (typeof filters.has_tracking_code === 'boolean') {
		qs['filter[has_tracking_code]'] = String(filters.has_tracking_code);
	}
	for (const [name, key] of Object.entries(RANGE_FILTERS)) {
		const range = rangeOf(filters[name]);
		if (!range) continue;
		const label = key.replace('_', ' ');
		if (range.to && toKeyCrmDateTime(range.to, zone) === undefined) {
			problems.push(`${label}: "${String(range.to)}" is not a valid end date`);
			continue;
		}
		const value = betweenFilter(range.from, range.to, zone, now);
		if (value === undefined) problems.push(`${label}: the range needs a valid start date ("${String(range.from ?? '')}")`);
		else qs[`filter[${key}]`] = value;
	}
	return { qs, problems };
}
