import type { JournalEntry } from '../../sandboxes/core/sandbox';

/**
 * The sandbox's fixed windows replayed from its journal (a window starts with the first request
 * after the last one ended, as Laravel's throttle does), and how much of the limit was used.
 */
export function windowsOf(journal: JournalEntry[], windowMs: number) {
	const windows: Array<{ start: number; accepted: number; refused: number }> = [];
	for (const entry of [...journal].sort((a, b) => a.at - b.at)) {
		const current = windows[windows.length - 1];
		const window = current && entry.at - current.start < windowMs ? current : { start: entry.at, accepted: 0, refused: 0 };
		if (window !== current) windows.push(window);
		if (entry.status === 429) window.refused++;
		else window.accepted++;
	}
	return windows;
}

/**
 * Accepted requests per window of wall time from the first request to the start of the last window
 * (which the burst need not fill), as a part of the limit; the 429 share over the same requests.
 * `skipWindows` leaves out the first windows, where processes meet; `until` ends the count with the
 * last window that started before it.
 */
export function usage(journal: JournalEntry[], limit: number, windowMs: number, skipWindows = 0, until = Infinity) {
	const windows = windowsOf(journal, windowMs).filter((window) => window.start < until);
	const first = journal.length > 0 ? Math.min(...journal.map((entry) => entry.at)) : 0;
	const from = first + skipWindows * windowMs;
	const last = windows[windows.length - 1]?.start ?? from;
	const counted = journal.filter((entry) => entry.at >= from && entry.at < last);
	const accepted = counted.filter((entry) => entry.status !== 429).length;
	const refused = counted.length - accepted;
	return {
		windows: windows.length,
		ofLimit: last > from ? accepted / (((last - from) / windowMs) * limit) : 0,
		refusedShare: counted.length > 0 ? refused / counted.length : 0,
		refused429: journal.filter((entry) => entry.status === 429).length,
	};
}
