import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { compareIds } from '../../shared/trigger/poll/orderedIds';
import { onePollAtATime, pageDeadline } from '../../shared/trigger/poll/pollContext';
import { flattenDocument } from '../helpers/jsonApi';
import { aplautRequest } from '../transport';
import {
	idOf,
	idQuery,
	latestQuery,
	RECIPES,
	timeQuery,
	walkById,
	walkByTime,
	updatedAtOf,
	type AplautPollEvent,
	type FlatRecord,
} from './recipes';
import { advance, answersOf, readState, startState, wanted, type ClientFilters } from './state';

const STATE_FIELD = 'aplaut';

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
			staticData[STATE_FIELD] = startState(event, await list(this, event, latestQuery(recipe))) as unknown as IDataObject;
			return null;
		}
		const limits = { deadlineMs: pageDeadline.call(this, Date.now()), now: () => Date.now() };
		const walked =
			recipe.walk === 'id'
				? await walkById(async (lastId) => await list(this, event, idQuery(recipe, lastId)), state.lastId, limits)
				: await walkByTime(
						async (sinceMs, page) => await list(this, event, timeQuery(recipe, sinceMs, page)),
						state.since?.sinceMs ?? 0,
						{ ...limits, pageCap: recipe.pageCap },
					);
		const { fresh, next } = advance(state, walked.records);
		staticData[STATE_FIELD] = next as unknown as IDataObject;
		const items = fresh.filter((record) => wanted(record, filters));
		return items.length > 0 ? [this.helpers.returnJsonArray(items)] : null;
	});
}
