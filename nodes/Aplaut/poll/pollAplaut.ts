import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { idFloor, readLookback, windowStartMs } from '../../shared/trigger/poll/lookback';
import { readLookbackMs } from '../../shared/trigger/poll/lookbackProperty';
import { compareIds } from '../../shared/trigger/poll/orderedIds';
import { onePollAtATime, pageDeadline } from '../../shared/trigger/poll/pollContext';
import { flattenDocument } from '../helpers/jsonApi';
import { aplautRequest } from '../transport';
import {
	createdAtOf,
	idOf,
	idQuery,
	latestQuery,
	RECIPES,
	timeQuery,
	walkBySortTime,
	walkByTime,
	updatedAtOf,
	type AplautPollEvent,
	type FlatRecord,
} from './recipes';
import { advance, answersOf, readState, startMemory, startState, wanted, type ClientFilters } from './state';

const STATE_FIELD = 'aplaut';
/** The keys delivered within the lookback window, next to the watermark. */
const LOOKBACK_FIELD = 'aplautLookback';

function readFilters(context: IPollFunctions): ClientFilters {
	const filters = context.getNodeParameter('filters', {}) as IDataObject;
	return {
		ratings: ((filters.ratings as number[] | undefined) ?? []).map(Number),
		states: (filters.states as string[] | undefined) ?? [],
	};
}

async function list(context: IPollFunctions, event: AplautPollEvent, qs: IDataObject): Promise<FlatRecord[]> {
	return flattenDocument(await aplautRequest.call(context, 'GET', RECIPES[event].path, { qs })) as FlatRecord[];
}

/** Fetch Test Event: the newest record that passes the filters, the watermark untouched. */
async function latest(context: IPollFunctions, event: AplautPollEvent, filters: ClientFilters): Promise<INodeExecutionData[][] | null> {
	const records = await list(context, event, latestQuery(RECIPES[event]));
	const candidates = event === 'newAnswer' ? answersOf(records) : records;
	// Records of one time stamp come in no documented order: the newest id wins the tie.
	const time = (record: FlatRecord) => (RECIPES[event].walk === 'time' && event !== 'newAnswer' ? (updatedAtOf(record) ?? 0) : 0);
	const newestFirst = [...candidates].sort((a, b) => time(b) - time(a) || compareIds(idOf(b) ?? '', idOf(a) ?? ''));
	const first = newestFirst.find((record) => wanted(record, filters));
	return first ? [context.helpers.returnJsonArray([first])] : null;
}

/**
 * One poll: walk forward from the watermark through every page (Return All), deliver what is new
 * and passes the filters, and only then move the watermark. An error thrown on any page leaves it
 * where it was.
 */
export async function pollAplaut(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const event = this.getNodeParameter('event', 'newReview') as AplautPollEvent;
	const filters = readFilters(this);
	if (this.getMode() === 'manual') return await latest(this, event, filters);

	return await onePollAtATime.call(this, async () => {
		const staticData = this.getWorkflowStaticData('node');
		const state = readState(staticData[STATE_FIELD], event);
		const recipe = RECIPES[event];
		if (!state) {
			const latestRecords = await list(this, event, latestQuery(recipe));
			const started = startState(event, latestRecords);
			staticData[STATE_FIELD] = started as unknown as IDataObject;
			staticData[LOOKBACK_FIELD] = startMemory(started, latestRecords) as unknown as IDataObject;
			return null;
		}
		const lookbackMs = readLookbackMs(this);
		const memory = readLookback(staticData[LOOKBACK_FIELD], state.since);
		const nowMs = Date.now();
		const limits = { deadlineMs: pageDeadline.call(this, nowMs), now: () => Date.now(), pageCap: recipe.pageCap };
		const floor = idFloor(memory, state.lastId);
		const walked =
			recipe.walk === 'id'
				? await walkBySortTime(async (createdSince, page) => await list(this, event, idQuery(recipe, floor, createdSince, page)), undefined, createdAtOf, limits)
				: await walkByTime(
						async (sinceMs, page) => await list(this, event, timeQuery(recipe, sinceMs, page)),
						windowStartMs(state.since ?? { sinceMs: 0, keysAtSince: [] }, memory, lookbackMs),
						limits,
					);
		const { fresh, next, memory: nextMemory } = advance(state, walked.records, { memory, lookbackMs, nowMs, complete: walked.complete });
		staticData[STATE_FIELD] = next as unknown as IDataObject;
		staticData[LOOKBACK_FIELD] = nextMemory as unknown as IDataObject;
		const items = fresh.filter((record) => wanted(record, filters));
		return items.length > 0 ? [this.helpers.returnJsonArray(items)] : null;
	});
}
