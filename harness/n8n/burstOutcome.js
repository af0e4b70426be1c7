'use strict';
// What a burst of Botobot callbacks did at KeyCRM, from the KeyCRM sandbox's journal: orders made,
// lost and made twice, and how often KeyCRM refused (429) over the whole burst and its second half.
// The queue suite asserts on it and the benchmark reports it.

/**
 * `orderIds`: the Botobot order ids of the burst (each should become one KeyCRM order, its
 * source_uuid); `journal`: the KeyCRM sandbox's journal; `limit`: `{ requests, windowMs }`.
 */
function burstOutcome(journal, orderIds, limit) {
	const ours = new Set(orderIds.map(String));
	const posts = journal.filter((entry) => entry.method === 'POST' && entry.path === '/order' && ours.has(String(entry.body?.source_uuid)));
	const accepted = posts.filter((entry) => entry.status === 201);
	const created = accepted.map((entry) => String(entry.body.source_uuid));
	const refusedIn = (entries) => entries.filter((entry) => entry.status === 429).length;
	const first = posts.length ? posts[0].at : 0;
	const last = posts.length ? posts[posts.length - 1].at : 0;
	const secondHalf = posts.filter((entry) => entry.at >= first + (last - first) / 2);
	// The fastest the limit allows: the first window's requests at once, then `requests` per window.
	const floorMs = Math.max(0, Math.ceil(orderIds.length / limit.requests) - 1) * limit.windowMs;
	const lastOrderMs = accepted.length ? accepted[accepted.length - 1].at - first : NaN;
	return {
		requests: posts.length,
		created: created.length,
		lost: orderIds.filter((id) => !created.includes(String(id))).map(String),
		twice: orderIds.filter((id) => created.filter((uuid) => uuid === String(id)).length > 1).map(String),
		refused: refusedIn(posts),
		refusedShare: posts.length ? refusedIn(posts) / posts.length : 0,
		refusedShareSecondHalf: secondHalf.length ? refusedIn(secondHalf) / secondHalf.length : 0,
		lastOrderMs,
		floorMs,
	};
}

module.exports = { burstOutcome };
