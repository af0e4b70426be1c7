/**
 * The earliest of the pickup times a verification offered. The document folds the shape of
 * `available_pickup_times` away: we accept ISO strings and objects carrying one under a usual key.
 * Pure: no n8n imports.
 */
const TIME_KEYS = ['time', 'pickup_time', 'datetime', 'from', 'start'];

function timeText(entry: unknown): string | undefined {
	if (typeof entry === 'string') return entry;
	if (typeof entry === 'object' && entry !== null) {
		for (const key of TIME_KEYS) {
			const value = (entry as Record<string, unknown>)[key];
			if (typeof value === 'string') return value;
		}
	}
	return undefined;
}

/** The time text to send back exactly as the service wrote it, or undefined when none is usable. */
export function earliestPickupTime(available: unknown): string | undefined {
	if (!Array.isArray(available)) return undefined;
	let best: { text: string; at: number } | undefined;
	for (const entry of available) {
		const text = timeText(entry);
		const at = text === undefined ? NaN : Date.parse(text);
		if (text !== undefined && !Number.isNaN(at) && (best === undefined || at < best.at)) best = { text, at };
	}
	return best?.text;
}
