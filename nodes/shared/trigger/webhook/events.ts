/** The "All Events" choice of a trigger's Events list. */
export const ALL_EVENTS = '*';

/** Whether a trigger whose Events list is `chosen` takes `event` (an empty list takes every event). */
export function eventChosen(chosen: string[], event: string): boolean {
	return chosen.length === 0 || chosen.includes(ALL_EVENTS) || chosen.includes(event);
}
