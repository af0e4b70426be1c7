'use strict';
// The "why" behind figures that miss their goal, written from what was measured in this run.

const section = (sections, name) => sections.find((candidate) => candidate.name === name);
const missed = (found, prefix) => found?.headline.some((row) => row.measure.startsWith(prefix) && row.met === false);

function findings(sections) {
	const notes = [];
	const returnAll = section(sections, 'returnAll');
	const extra = returnAll?.extra ?? [];
	const broniboy = extra.filter((result) => result.service === 'broniboy');
	if (broniboy.length > 0) {
		const cases = broniboy.map((result) => `${result.records} records: ${result.requests} requests for a minimum of ${result.minimum}`).join('; ');
		notes.push(
			`Return All, Broniboy (${cases}). Broniboy's order list answers a bare array (no total, no next link), so a full last page (the record count is a multiple of ${broniboy[0].maxPageSize}) can only be told from a middle one by asking for the next page, which comes back empty. floor(records / ${broniboy[0].maxPageSize}) + 1 is the fewest any client can make without a total; ours makes exactly that. Not fixable on our side.`,
		);
	}
	for (const result of extra.filter((candidate) => candidate.service !== 'broniboy')) {
		notes.push(`Return All, ${result.label}, ${result.records} records: ${result.requests} requests for a minimum of ${result.minimum}.`);
	}
	const atLimit = section(sections, 'atLimit');
	if (atLimit) {
		const ours = atLimit.rows[0];
		if (!(ours.rateRatio.median >= 0.95)) {
			notes.push(
				`At the limit, our node reached ${ours.rateRatio.median.toFixed(3)} of the allowed rate. The pacer lets a request start only while fewer than N were answered within the last window (plus 5 ms of slack), counting from each answer rather than from each send, so that the bound holds at the server whatever the latency: each window therefore also pays the time the first answers took to arrive. With one request at a time that is N round trips spread over the window.`,
			);
		}
		const batched = atLimit.rows[2];
		if (batched.failed.max > 0) {
			notes.push(
				`At the limit, HTTP Request with batching set exactly to the limit still lost items in some runs (${batched.failed.min}–${batched.failed.max}): it sleeps the interval between the moments it starts each batch on its side, while the server's window starts when the first request of a batch arrives, so a batch can land a few milliseconds before the window ends. A user has to leave a margin (or turn on Retry On Fail), and then gets less than the allowed rate.`,
			);
		}
		const plain = atLimit.rows[1];
		if (plain.failed.median > 0) {
			notes.push(
				`At the limit, HTTP Request with default settings sends every item at once: ${plain.failed.median} of ${3 * atLimit.limit} items failed with 429 (no retries by default). Expected; shown as the baseline.`,
			);
		}
	}
	const overhead = section(sections, 'overhead');
	if (missed(overhead, 'Per-item overhead: items/s ours (default')) {
		notes.push(
			'Per-item overhead, our node with default settings: it sends one request at a time (Parallel Requests 1) and waits for each answer, while HTTP Request fires every item\'s request at once. Without a rate limit it is bound by round trips (see the next finding for the work per item). Parallel Requests (up to 20) is the remedy, within the service\'s limit: the pacer still applies.',
		);
	}
	if (missed(overhead, 'Per-item overhead: items/s ours (Parallel')) {
		const [http, , parallel, deep] = overhead.rows;
		const fixed = (stats, digits = 2) => stats.median.toFixed(digits);
		notes.push(
			`Per-item overhead with Parallel Requests ${overhead.parallel}: ${fixed(parallel.ratio)}× HTTP Request's items/s. Measured in the same runs: (1) Requests in flight: HTTP Request sends all items at once, we keep at most ${overhead.parallel}; ${deep.ratio.median > parallel.ratio.median * 1.1 ? `with ${overhead.diagnosticParallel} in flight (beyond the UI's maximum, as a diagnostic) our node reached ${fixed(deep.ratio)}×, so part of the gap is waiting: on this loaded machine our engine and the sandbox take turns instead of working side by side` : `with ${overhead.diagnosticParallel} in flight (beyond the UI's maximum, as a diagnostic) it reached ${fixed(deep.ratio)}×, so waiting is not what holds it back`}. (2) Work per item: ${fixed(parallel.cpu)} ms of CPU per item against ${fixed(http.cpu)} ms, with ${fixed(parallel.expressions, 1)} n8n expressions evaluated per item against ${fixed(http.expressions, 1)}: the form has one field per value (order number, customer name, customer email) while HTTP Request builds the whole body in one expression. CPU profiles of both taken while building this benchmark (BENCH_CPU_PROFILE=<file>, bench/engine/profile.ts) put that difference in n8n's getNodeParameter → expression evaluation (a data proxy and a global context with luxon time-zone math per expression); the shared core's own work (request building, parsing, JSON:API flattening) came to a few percent of the CPU. Not changed: the UI's maximum of 20 parallel requests stays, since every service here allows far less (Aplaut 2 requests/s, KeyCRM 60/min), and in production that limit bounds both nodes long before either cost matters (section 1).`,
		);
	}
	if (overhead) {
		const [http, serial, parallel] = overhead.rows;
		const fewer = serial.credentialReads.median < http.credentialReads.median;
		if (fewer) {
			notes.push(
				`Fixed in the shared core during this work: our nodes read their credential twice per request (once in apiRequest, once more inside n8n's httpRequestWithAuthentication); now the credential read is handed over, so one read per request (${parallel.credentialReads.median.toFixed(1)} per item here, HTTP Request ${http.credentialReads.median.toFixed(1)}). Cheap in the engine harness, but in a real n8n 2.x each read is a database query, a decryption and an expression isolate (section 4).`,
			);
		}
	}
	const triggers = section(sections, 'triggers');
	if (triggers && missed(triggers, 'Triggers: req/s Broniboy')) {
		const ratio = (result, index) => result.rows[index].ratio.median.toFixed(2);
		const p50 = (result, index) => result.rows[index].p50.median.toFixed(0);
		notes.push(
			`Triggers: Broniboy Trigger reached ${ratio(triggers.installed, 1)}× the Webhook node's rate in n8n as installed, but ${ratio(triggers.control, 1)}× with N8N_EXPRESSION_ENGINE=legacy (forged deliveries: ${ratio(triggers.installed, 2)}× vs ${ratio(triggers.control, 2)}×, p50 ${p50(triggers.installed, 2)} ms vs ${p50(triggers.control, 2)} ms). The cost is n8n 2.x's expression sandbox, not our handler: for every webhook request n8n takes an isolated-vm isolate from a pool of one (N8N_EXPRESSION_ENGINE_POOL_SIZE, default 1) before calling the trigger — except for its own Webhook node with static parameters, which it lets skip that step (live-webhooks.js, webhookPhaseNeedsIsolate / allowWebhookIsolateSkip) — and every credential read (getCredentials → CredentialsHelper.applyDefaultsAndOverwrites) takes another one for a throwaway workflow. With the pool empty, each waits for a fresh isolate to be built. A trigger that checks a signature must read its secret, so any community trigger pays both; n8n's own Webhook node gets the first waived and, with Header Auth, reads its credential through the same CredentialsHelper. Not fixed in our code: caching the secret outside n8n's credential store would save only the second isolate and would keep accepting a secret after it was rotated. What helps users: a larger N8N_EXPRESSION_ENGINE_POOL_SIZE, or N8N_EXPRESSION_ENGINE=legacy.`,
		);
	}
	if (triggers) {
		const rps = (result) => result.rows[0].rps.median.toFixed(0);
		notes.push(
			`Triggers: n8n's own Webhook node answered ${rps(triggers.installed)} requests/s with n8n as installed and ${rps(triggers.control)} with N8N_EXPRESSION_ENGINE=legacy on this machine: n8n 2.x's expression isolates weigh on webhook throughput whichever trigger is used.`,
		);
	}
	const burst = section(sections, 'burst');
	for (const result of burst?.raw ?? []) {
		const where = `Burst, ${result.mode.id} mode`;
		if (result.lost > 0) {
			notes.push(
				`${where}: ${result.lost} of the callbacks got no KeyCRM order (${result.refused} answers 429, ${result.failedExecutions} failed executions): the executions' retries gave up before KeyCRM's window let them through (Max Retries / Max Total Retry Wait in Request Options bound the wait).`,
			);
		}
		if (result.mode.id === 'regular' && result.refused > 0) {
			notes.push(
				`${where}: KeyCRM answered 429 ${result.refused} times although the node was paced to the limit: the executions did not share one pace for the credential (a pacer per execution lets every execution send the whole budget).`,
			);
		}
		if (!(result.rateRatio >= 0.95) && result.lost === 0) {
			const ratio = Number.isFinite(result.rateRatio) ? result.rateRatio.toFixed(3) : 'no';
			let cause = 'The wait after each 429 (Retry-After, or a whole window when it is missing) leaves part of the budget unused.';
			if (result.mode.id === 'queue') cause = `Each worker paces on its own; ${result.refused > 0 ? 'after a 429 the waiting (Retry-After, or a whole window when it is missing) leaves part of the budget unused' : 'each holds back what it cannot see the others use'}.`;
			else if (result.refused === 0) cause = 'KeyCRM refused nothing: the pacer itself kept the executions below the limit (docs/production-pacing.md: a request counts against the window until its answer arrived, and once the account looks shared what is left is spread over the rest of the window).';
			notes.push(`${where}: ${ratio} of the allowed rate, ${result.refused} answers 429, the last order after ${result.seconds.toFixed(1)} s. ${cause}`);
		}
	}
	return notes;
}

function pendingWork(available) {
	const pending = [];
	if (!available.keyCrmCreateOrder) {
		pending.push('KeyCRM Create Order is not in the built node yet (another branch): section 1 measures KeyCRM Order Get by id instead; it switches by itself once the operation is there.');
	}
	if (!available.aplautCreateOrUpdateOrder) {
		pending.push('Aplaut Create or Update Order is not in the built node yet (another branch): sections 2 and 5 measure the KeyCRM operation instead.');
	}
	if (!available.aplautScroll) pending.push("Aplaut's scroll is not in the built node yet: section 3 has no Aplaut row.");
	return pending;
}

module.exports = { findings, pendingWork };
