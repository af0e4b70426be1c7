/**
 * The Aplaut Poll Trigger's watermark: where the last poll stopped, per event. Pure.
 *
 * Stored in the node's static data only after every page of a poll was read: a failed poll throws
 * before, so the next one starts from the same place and nothing is lost.
 */
import { newInIdWindow, newInTimeWindow, type LookbackMemory } from '../../shared/trigger/poll/lookback';
import { maxId } from '../../shared/trigger/poll/orderedIds';
import { readWatermark, type TimeWatermark } from '../../shared/trigger/poll/watermark';
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

/** A changed record is a new version: its key holds the id and the time of the change. */
const versionKey = (record: FlatRecord) => `${idOf(record) ?? ''}@${String(record.updated_at)}`;

/**
 * The lookback memory of a first poll: time windows never reach back before where it started, and
 * the versions it saw count as delivered (the window reads them again).
 */
export function startMemory(state: AplautPollState, latest: FlatRecord[]): LookbackMemory {
	if (!state.since) return { recent: [] };
	const seen = latest.flatMap((record): Array<[string, number]> => {
		const at = updatedAtOf(record);
		return at !== undefined ? [[versionKey(record), at]] : [];
	});
	return { recent: seen, floorMs: state.since.sinceMs - 1 };
}

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

export interface PollWindow {
	memory: LookbackMemory;
	lookbackMs: number;
	nowMs: number;
	/** False when the walk stopped at its deadline: time watermarks then stay where they were. */
	complete?: boolean;
}

const NO_WINDOW: PollWindow = { memory: { recent: [] }, lookbackMs: 0, nowMs: 0 };

/**
 * What a poll's records hold that was not delivered within the lookback window, and the state and
 * window memory after delivering it. New records are told by id (above the floor, not delivered
 * within the window), changes by version since the window's start, answers by their own id.
 */
export function advance(
	state: AplautPollState,
	records: FlatRecord[],
	window: PollWindow = NO_WINDOW,
): { fresh: FlatRecord[]; next: AplautPollState; memory: LookbackMemory } {
	const { event } = state;
	const idWindow = { lookbackMs: window.lookbackMs, nowMs: window.nowMs };
	if (RECIPES[event].walk === 'id') {
		const { fresh, lastId, memory } = newInIdWindow(records, { lastId: state.lastId, memory: window.memory }, idOf, idWindow);
		return { fresh, next: { event, lastId }, memory };
	}
	const since = state.since ?? { sinceMs: 0, keysAtSince: [] };
	const changes = { lookbackMs: window.lookbackMs, complete: window.complete };
	const reader = { timeOf: updatedAtOf, keyOf: versionKey, boundaryKeyOf: (record: FlatRecord) => idOf(record) ?? '' };
	if (event !== 'newAnswer') {
		const changed = newInTimeWindow(records, { watermark: since, memory: window.memory }, reader, changes);
		return { fresh: changed.fresh, next: { event, since: changed.watermark }, memory: changed.memory };
	}
	// Questions only place the walk; what is delivered are their answers, told apart by id.
	const questions = newInTimeWindow(records, { watermark: since, memory: { recent: [], floorMs: window.memory.floorMs } }, reader, changes);
	const answers = newInIdWindow(answersOf(records), { lastId: state.lastAnswerId, memory: window.memory }, idOf, idWindow);
	const memory = { ...answers.memory, ...(questions.memory.floorMs !== undefined ? { floorMs: questions.memory.floorMs } : {}) };
	return { fresh: answers.fresh, next: { event, since: questions.watermark, lastAnswerId: answers.lastId }, memory };
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
