/**
 * Broniboy's weekly schedule is seven `[open, close]` pairs. The document does not say which day
 * comes first; we assume Monday (Python's `weekday()` order, as the API looks Django-made).
 * Pure: no n8n imports.
 */

export const WEEK_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)(:[0-5]\d)?$/;

/** "9:00" → "09:00"; undefined when the text is not a time of day. */
export function normalizeTime(text: string): string | undefined {
	const match = TIME.exec(text.trim());
	if (!match) return undefined;
	return `${match[1].padStart(2, '0')}:${match[2]}${match[3] ?? ''}`;
}

export interface DayHours {
	day: WeekDay;
	opensAt: string;
	closesAt: string;
}

/** Seven pairs from the usual hours and the days that differ; throws a readable message on bad input. */
export function buildWeek(usual: { opensAt: string; closesAt: string }, exceptions: DayHours[] = []): string[][] {
	const pair = (opensAt: string, closesAt: string, what: string): string[] => {
		const open = normalizeTime(opensAt);
		const close = normalizeTime(closesAt);
		if (!open || !close) throw new Error(`${what}: times must look like 09:00 (got "${opensAt}" – "${closesAt}")`);
		return [open, close];
	};
	const week = WEEK_DAYS.map(() => pair(usual.opensAt, usual.closesAt, 'Usual hours'));
	const seen = new Set<WeekDay>();
	for (const exception of exceptions) {
		const index = WEEK_DAYS.indexOf(exception.day);
		if (index < 0) throw new Error(`Unknown day "${String(exception.day)}"`);
		if (seen.has(exception.day)) throw new Error(`${exception.day} is listed twice in the days with other hours`);
		seen.add(exception.day);
		week[index] = pair(exception.opensAt, exception.closesAt, exception.day);
	}
	return week;
}

/** The API's seven pairs as named days: `{monday: {opensAt, closesAt}, …}`. */
export function readWeek(raw: unknown): Record<string, unknown> {
	if (!Array.isArray(raw)) return { schedule: raw };
	const days: Record<string, unknown> = {};
	raw.forEach((entry, index) => {
		const day = WEEK_DAYS[index] ?? `day${index + 1}`;
		days[day] = Array.isArray(entry) ? { opensAt: entry[0] ?? null, closesAt: entry[1] ?? null } : entry;
	});
	return days;
}
