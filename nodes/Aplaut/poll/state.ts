/**
 * The Aplaut Poll Trigger's watermark: where the last poll stopped, per event. Pure.
 *
 * Stored in the node's static data only after every page of a poll was read: a failed poll throws
 * before, so the next one starts from the same place and nothing is lost.
 */
import { maxId, newAboveKey } from '../../shared/trigger/poll/orderedIds';
import { newSince, readWatermark, type TimeWatermark } from '../../shared/trigger/poll/watermark';
import { idOf, RECIPES, updatedAtOf, type AplautPollEvent, type FlatRecord } from './recipes';

export interface AplautPollState {
	/** A state kept for another event is not reused: changing the event starts from "now" again. */
	event: AplautPollEvent;
	/** Id walks: the newest id delivered. Undefined: there was no record yet. */
	lastId?: string;
	/** Time walks: the newest updated_at delivered, with the ids delivered at that time. */
	since?: TimeWatermark;
	/** New answers: the newest answer id delivered. */
	lastAnswerId?: string;
}

const isEvent = (value: unknown): value is AplautPollEvent => typeof value === 'string' && value in RECIPES;

export function readState(value: unknown, event: AplautPollEvent): AplautPollState | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const raw = value as Record<string, unknown>;
	if (!isEvent(raw.event) || raw.event !== event) return undefined;
	const text = (entry: unknown) => (typeof entry === 'string' && entry !== '' ? entry : undefined);
	const state: AplautPollState = { event, lastId: text(raw.lastId), lastAnswerId: text(raw.lastAnswerId) };
	if (RECIPES[event].walk === 'time') {
		const since = readWatermark(raw.since);
		if (!since) return undefined;
		state.since = since;
	}
	return state;
}

/** The answers included with questions, each with its question attached (without the answer list). */
export function answersOf(questions: FlatRecord[]): FlatRecord[] {
	const answers: FlatRecord[] = [];
	for (const question of questions) {
		const { included, ...plainQuestion } = question;
		delete plainQuestion.relationships;
		const list = (included as { answers?: unknown } | undefined)?.answers;
		if (!Array.isArray(list)) continue;
		for (const answer of list as FlatRecord[]) answers.push({ ...answer, question: plainQuestion });
	}
	return answers;
}

const ids = (records: FlatRecord[]) => records.map(idOf).filter((id): id is string => id !== undefined);

/** The state of a first poll: the newest records now mark "already seen"; nothing is delivered. */
export function startState(event: AplautPollEvent, latest: FlatRecord[]): AplautPollState {
	if (RECIPES[event].walk === 'id') return { event, lastId: maxId(ids(latest)) };
	const times = latest.map(updatedAtOf).filter((at): at is number => at !== undefined);
	const newest = times.length > 0 ? Math.max(...times) : 0;
	const since: TimeWatermark = {
		sinceMs: newest,
		keysAtSince: ids(latest.filter((record) => updatedAtOf(record) === newest)),
	};
	return event === 'newAnswer' ? { event, since, lastAnswerId: maxId(ids(answersOf(latest))) } : { event, since };
}

/** What a poll's records hold that was not delivered yet, and the state after delivering it. */
export function advance(state: AplautPollState, records: FlatRecord[]): { fresh: FlatRecord[]; next: AplautPollState } {
	const { event } = state;
	if (RECIPES[event].walk === 'id') {
		const { fresh, lastId } = newAboveKey(records, state.lastId, idOf);
		return { fresh, next: { event, lastId } };
	}
	const since = state.since ?? { sinceMs: 0, keysAtSince: [] };
	const changed = newSince(records, since, { timeOf: updatedAtOf, keyOf: (record) => idOf(record) ?? '' });
	if (event !== 'newAnswer') return { fresh: changed.fresh, next: { event, since: changed.next } };
	const answers = newAboveKey(answersOf(records), state.lastAnswerId, idOf);
	return { fresh: answers.fresh, next: { event, since: changed.next, lastAnswerId: answers.lastId } };
}

export interface ClientFilters {
	ratings: number[];
	states: string[];
}

/** Filters Aplaut cannot combine with the recipes' own (kept out here; the watermark still moves past them). */
export function wanted(record: FlatRecord, filters: ClientFilters): boolean {
	if (filters.ratings.length > 0 && !filters.ratings.includes(Number(record.rating))) return false;
	if (filters.states.length > 0 && !filters.states.includes(String(record.state))) return false;
	return true;
}
