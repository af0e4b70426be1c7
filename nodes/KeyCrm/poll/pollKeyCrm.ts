import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { newInTimeWindow, readLookback, windowStartMs, type LookbackMemory } from '../../shared/trigger/poll/lookback';
import { readLookbackMs } from '../../shared/trigger/poll/lookbackProperty';
import { onePollAtATime, pageDeadline } from '../../shared/trigger/poll/pollContext';
import { readWatermark, type TimeWatermark } from '../../shared/trigger/poll/watermark';
import { changedRecords, keyCrmTimeMs, readStatusMemory, startingWatermark } from './pollWindow';
import { keyCrmRequest } from '../transport';
import { POLL_EVENTS, recordKey, type OrderChange, type PollEvent, type PollEventName } from './events';
import { readWindow } from './readWindow';

/** What the trigger keeps in the node's static data between polls. */
interface PollState {
	/** Event and settings the watermark belongs to: changing them starts from now again. */
	setup?: string;
	watermark?: TimeWatermark;
	/** The keys delivered within the lookback window behind the watermark. */
	lookback?: LookbackMemory;
	statuses?: unknown;
}

interface PollSettings {
	eventName: PollEventName;
	event: PollEvent;
	change: OrderChange;
	filters: IDataObject;
	include: string[];
}

function readSettings(context: IPollFunctions): PollSettings {
	const eventName = context.getNodeParameter('event', 'orderCreated') as PollEventName;
	const change = (eventName === 'orderUpdated' ? context.getNodeParameter('orderChange', 'any') : 'any') as OrderChange;
	return {
		eventName,
		event: POLL_EVENTS[eventName],
		change,
		filters: context.getNodeParameter('filters', {}) as IDataObject,
		include: context.getNodeParameter('include', []) as string[],
	};
}

const commaList = (value: unknown) => (Array.isArray(value) ? value.map(String).filter((entry) => entry !== '').join(',') : '');

/**
 * The list query of a poll. The status filter goes to KeyCRM only when no status change is
 * watched: a watch must see every status an order passes through, or it would miss a return to
 * a status it remembers.
 */
function listQuery(settings: PollSettings, watched: boolean): IDataObject {
	const qs: IDataObject = {};
	const filter = (key: string, value: unknown) => {
		const list = commaList(value);
		if (list) qs[`filter[${key}]`] = list;
	};
	filter('source_id', settings.filters.sourceIds);
	filter('pipeline_id', settings.filters.pipelineId);
	if (!watched) filter('status_id', settings.filters.statusIds);
	const include = [...settings.include, settings.event.watchInclude?.(settings.change)].filter((name): name is string => Boolean(name));
	if (include.length > 0) qs.include = [...new Set(include)].join(',');
	return qs;
}

function inChosenStatus(record: IDataObject, settings: PollSettings): boolean {
	const chosen = Array.isArray(settings.filters.statusIds) ? settings.filters.statusIds.map(String) : [];
	return chosen.length === 0 || chosen.includes(String(record.status_id));
}

function toItems(records: IDataObject[]): INodeExecutionData[][] | null {
	return records.length > 0 ? [records.map((json) => ({ json }))] : null;
}

/** "Fetch Test Event": the newest record that fits the settings, whatever the watermark says. */
async function newestRecord(context: IPollFunctions, settings: PollSettings): Promise<INodeExecutionData[][] | null> {
	const qs = listQuery(settings, false);
	const { event } = settings;
	if (event.newestSort) {
		const answer = await keyCrmRequest.call(context, 'GET', event.path, { qs: { ...qs, sort: event.newestSort, limit: 1, page: 1 } });
		return toItems(Array.isArray(answer.data) ? (answer.data as IDataObject[]).slice(0, 1) : []);
	}
	// No documented sort: the newest is on the first or the last page, whichever way KeyCRM orders.
	const first = await keyCrmRequest.call(context, 'GET', event.path, { qs: { ...qs, limit: 50, page: 1 } });
	const lastPage = Number(first.last_page ?? 1);
	const last = lastPage > 1 ? await keyCrmRequest.call(context, 'GET', event.path, { qs: { ...qs, limit: 50, page: lastPage } }) : {};
	const rows = [first.data, last.data].flatMap((data) => (Array.isArray(data) ? (data as IDataObject[]) : []));
	const time = (row: IDataObject) => keyCrmTimeMs(row[event.timeField]) ?? 0;
	rows.sort((a, b) => time(b) - time(a) || Number(b.id) - Number(a.id));
	return toItems(rows.slice(0, 1));
}

/**
 * One poll, one at a time per node: every record stamped since the lookback window behind the
 * watermark (all pages, as Return All), minus those delivered within the window. The watermark,
 * the window's memory and the status memory are written only after the pages were read; a failure
 * throws before that, so the next poll asks again from the same point.
 */
export async function pollKeyCrm(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const settings = readSettings(this);
	if (this.getMode() === 'manual') return await newestRecord(this, settings);
	return await onePollAtATime.call(this, async () => await scheduledPoll(this, settings));
}

async function scheduledPoll(context: IPollFunctions, settings: PollSettings): Promise<INodeExecutionData[][] | null> {
	const state = context.getWorkflowStaticData('node') as PollState;
	const setup = JSON.stringify([settings.eventName, settings.change]);
	const watermark = state.setup === setup ? readWatermark(state.watermark) : undefined;
	const nowMs = Date.now();
	if (!watermark) {
		state.setup = setup;
		state.watermark = startingWatermark(nowMs);
		// The window never reaches back before the first poll: older records are not new.
		state.lookback = { recent: [], floorMs: state.watermark.sinceMs - 1 };
		state.statuses = {};
		return null;
	}

	const { event } = settings;
	const lookbackMs = readLookbackMs(context);
	const memory = readLookback(state.lookback, watermark);
	const startMs = windowStartMs(watermark, memory, lookbackMs);
	const watch = event.watch?.(settings.change, startMs);
	const read = await readWindow(context, event, listQuery(settings, watch !== undefined), {
		startMs,
		nowMs,
		deadlineMs: pageDeadline.call(context, nowMs),
	});

	const next = newInTimeWindow(
		read.records,
		{ watermark, memory },
		{ timeOf: (record) => keyCrmTimeMs(record[event.timeField]), keyOf: (record) => recordKey(event, record) },
		{ lookbackMs, complete: read.complete },
	);
	let delivered = next.fresh;
	if (watch) {
		const { changed, memory: statuses } = changedRecords(next.fresh, readStatusMemory(state.statuses), watch, nowMs);
		state.statuses = statuses;
		delivered = changed.filter((record) => inChosenStatus(record, settings));
	}
	state.watermark = next.watermark;
	state.lookback = next.memory;
	return toItems(delivered);
}
