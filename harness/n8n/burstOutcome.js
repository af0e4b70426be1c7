'use strict';
// What a burst of Botobot callbacks did at KeyCRM, from the KeyCRM sandbox's journal: orders made,
// lost and made twice, how often KeyCRM refused (429) over the whole burst and its second half, and
// how much of the limit the burst used. The queue suite asserts on it and the benchmark reports it.

// Example 1 asks KeyCRM twice per order: the look-up by Source UUID ("Return It"), then the create.
const REQUESTS_PER_ORDER = 2;

/** The burst's requests on the KeyCRM key: its look-ups by Source UUID and its creates. */
function burstRequests(journal, ours) {
	return journal.filter((entry) => {
		if (entry.path !== '/order') return false;
		if (entry.method === 'POST') return ours.has(String(entry.body?.source_uuid));
		return entry.method === 'GET' && ours.has(String(entry.query?.['filter[source_uuid]']));
	});
}

/**
 * Accepted requests per second after the first window's `requests` (sent at once by any client),
 * over the time from the first to the last accepted one, ÷ the allowed rate.
 */
function rateRatio(accepted, limit) {
	const span = accepted.length ? (accepted[accepted.length - 1].at - accepted[0].at) / 1000 : 0;
	const paced = accepted.length > limit.requests && span > 0 ? (accepted.length - limit.requests) / span : NaN;
	return paced / (limit.requests / (limit.windowMs / 1000));
}

/**
 * The pace window for window: `limit.requests` ÷ the mean time from each accepted request to the
 * `limit.requests`-th after it, ÷ the allowed rate. A client at the limit leaves one window between
 * them; how the requests of one window are spread inside it (the pattern of the executions'
 * start, which a pacer that must assume a sliding window repeats) does not count here.
 */
function steadyRatio(accepted, limit) {
	const gaps = [];
	for (let index = 0; index + limit.requests < accepted.length; index++) gaps.push(accepted[index + limit.requests].at - accepted[index].at);
	if (gaps.length === 0) return NaN;
	return limit.windowMs / (gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length);
}

/** Both readings of accepted requests (`{at}`, in order) against `limit` (`{ requests, windowMs }`). */
const paceRatios = (accepted, limit) => ({ rateRatio: rateRatio(accepted, limit), steadyRatio: steadyRatio(accepted, limit) });

/**
 * `orderIds`: the Botobot order ids of the burst (each should become one KeyCRM order, its
 * source_uuid); `journal`: the KeyCRM sandbox's journal; `limit`: `{ requests, windowMs }`.
 */
function burstOutcome(journal, orderIds, limit) {
	const ours = new Set(orderIds.map(String));
	const requests = burstRequests(journal, ours);
	const accepted = requests.filter((entry) => entry.status >= 200 && entry.status < 300);
	// How many KeyCRM orders each Botobot order got.
	const timesCreated = new Map();
	for (const entry of requests.filter((candidate) => candidate.method === 'POST' && candidate.status === 201)) {
		const uuid = String(entry.body.source_uuid);
		timesCreated.set(uuid, (timesCreated.get(uuid) ?? 0) + 1);
	}
	const refusedIn = (entries) => entries.filter((entry) => entry.status === 429).length;
	const first = requests.length ? requests[0].at : 0;
	const last = requests.length ? requests[requests.length - 1].at : 0;
	const secondHalf = requests.filter((entry) => entry.at >= first + (last - first) / 2);
	// The fastest the limit allows: the first window's requests at once, then `requests` per window.
	const needed = REQUESTS_PER_ORDER * orderIds.length;
	const floorMs = Math.max(0, Math.ceil(needed / limit.requests) - 1) * limit.windowMs;
	const lastCreate = [...requests].reverse().find((entry) => entry.method === 'POST' && entry.status === 201);
	return {
		requests: requests.length,
		created: [...timesCreated.values()].reduce((sum, times) => sum + times, 0),
		lost: orderIds.map(String).filter((id) => !timesCreated.has(id)),
		twice: orderIds.map(String).filter((id) => timesCreated.get(id) > 1),
		refused: refusedIn(requests),
		refusedShare: requests.length ? refusedIn(requests) / requests.length : 0,
		refusedShareSecondHalf: secondHalf.length ? refusedIn(secondHalf) / secondHalf.length : 0,
		...paceRatios(accepted, limit),
		// How long the first window's requests took to come: the executions starting, not the pace.
		firstWindowSpreadMs: accepted.length >= limit.requests ? accepted[limit.requests - 1].at - accepted[0].at : NaN,
		lastOrderMs: lastCreate ? lastCreate.at - first : NaN,
		floorMs,
	};
}

module.exports = { burstOutcome, paceRatios, REQUESTS_PER_ORDER };
