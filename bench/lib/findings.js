'use strict';
// The "why" behind figures that miss their goal, written from what was measured in this run.

const section = (sections, name) => sections.find((candidate) => candidate.name === name);
const missed = (found, prefix) => found?.headline.some((row) => row.measure.startsWith(prefix) && row.met === false);

/** Where a trigger's time goes next to n8n's Webhook node, from the runs of section 4. */
function triggerFinding({ installed, control }) {
	const fixed = (stats, digits = 2) => stats.median.toFixed(digits);
	const { broniboy, botobot, forged, webhook, headerAuthBroniboy } = installed.rows;
	const controlText = control
		? ` With N8N_EXPRESSION_ENGINE=legacy (no isolates) Broniboy Trigger reached ${fixed(control.rows.broniboy.fairRatio)}× the Webhook node with Header Auth and ${fixed(control.rows.broniboy.ratio)}× the plain one.`
		: '';
	const noMemory = installed.rows.botobotNoMemory;
	const memoryCost = noMemory && noMemory.fairRatio.median / botobot.fairRatio.median;
	const memory = noMemory
		? ` Botobot Trigger with Ignore Repeated Deliveries off, so that n8n has no static data to save after the request (it saves the workflow's static data to its database after every webhook call that changed it; the Webhook node has nothing to save), reached ${fixed(noMemory.fairRatio)}× against ${fixed(botobot.fairRatio)}× with it: ${memoryCost < 1.1 ? 'within the noise, so remembering deliveries is not where the time goes' : `remembering deliveries costs about ${Math.round((1 - 1 / memoryCost) * 100)}% of the rate`}.`
		: '';
	return [
		`Triggers: against the fair baseline, n8n's Webhook node with Header Auth (${fixed(headerAuthBroniboy.rps, 1)} req/s; plain ${fixed(webhook.rps, 1)} req/s), Broniboy Trigger reached ${fixed(broniboy.fairRatio)}× (${fixed(broniboy.ratio)}× the plain node), Botobot Trigger ${fixed(botobot.fairRatio)}× (${fixed(botobot.ratio)}×), forged deliveries ${fixed(forged.fairRatio)}×.${controlText}${memory}`,
		"Where the time goes (n8n 2.41.1's live-webhooks.js and credentials-helper.js): before calling any trigger's webhook() n8n acquires an isolated-vm isolate for the request, from a pool of one that is replenished by building a new isolate after every use (N8N_EXPRESSION_ENGINE_POOL_SIZE, default 1); only its own Webhook node with static parameters skips that step (webhookPhaseNeedsIsolate / allowWebhookIsolateSkip). Every credential read from a webhook (getCredentials → CredentialsHelper.getDecrypted: a database query, a decryption, then applyDefaultsAndOverwrites on a throwaway workflow) acquires one more. The execution each accepted delivery starts takes one more (WorkflowExecute.initializeExecution). So per request: plain Webhook node 1 isolate, with Header Auth 2, Broniboy Trigger 3 (a forged delivery 2, no execution), Botobot Trigger 3 (it reads its secret credential too; in builds before the triggers branch its secret was a node parameter and it paid 2). The CPU profile of the n8n process under this load (BENCH_N8N_CPU_PROFILE) agrees: building isolates (IsolatedVmBridge) is its largest single item, ~18% of its busy time, and @n8n/expression-runtime ~30%, while our two webhook handlers together take under 1% and their getNodeParameter calls about 1%; getNodeParameter costs no isolate (static parameters are returned without evaluation; an expression reuses the request's isolate), so merging our parameter reads into one would save nothing measurable.",
		"What is ours and what changes it: nodes/shared/trigger/webhook/secretCache.ts (withWebhookSecret) keeps the webhook secret per credential for 5 s and re-reads the credential before refusing, so a new secret works at once, an old one at most 5 s longer, and a forged delivery still costs a read; wired into both triggers it removes the credential's isolate from all but one request in 5 s, putting them on the Header Auth node's 2 (measured: see section 4). Beyond that, n8n's own per-request isolate for community triggers is not ours to skip; users can raise N8N_EXPRESSION_ENGINE_POOL_SIZE or use N8N_EXPRESSION_ENGINE=legacy.",
	].join(' ');
}

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
		if (!(ours.steadyRatio.median >= 0.95)) {
			notes.push(
				`At the limit, our node kept a pace of ${ours.steadyRatio.median.toFixed(3)} of the allowed rate. The pacer lets a request start only while fewer than N were answered within the last window (plus 5 ms of slack), counting from each answer rather than from each send, so that the bound holds at the server whatever the latency: each window therefore also pays the time the first answers took to arrive. `,
			);
		}
		if (ours.rateRatio.median < ours.steadyRatio.median - 0.02) {
			notes.push(
				`At the limit, overall ${ours.rateRatio.median.toFixed(3)} of the allowed rate against a pace of ${ours.steadyRatio.median.toFixed(3)}: one request at a time (the default Parallel Requests), the first window's N requests went out one round trip after the other, and the pacer, which must assume the service counts a sliding window, keeps that spread in every later window. Parallel Requests above 1 sends them closer together.`,
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
	if (triggers?.installed) notes.push(triggerFinding(triggers));
	const burst = section(sections, 'burst');
	for (const result of burst?.raw ?? []) {
		const where = `Burst, ${result.mode.label.toLowerCase()}, ${result.headers.label}`;
		const queue = result.mode.mode === 'queue';
		if (result.lost > 0) {
			notes.push(
				`${where}: ${result.lost} of the callbacks got no KeyCRM order (${result.refused} answers 429, ${result.failedExecutions} failed executions): the executions' retries gave up before KeyCRM's window let them through (Max Retries / Max Total Retry Wait in Request Options bound the wait).`,
			);
		}
		if (!queue && result.refused > 0) {
			notes.push(
				`${where}: KeyCRM answered 429 ${result.refused} times although the node was paced to the limit: the executions did not share one pace for the credential (a pacer per execution lets every execution send the whole budget).`,
			);
		}
		const goal = queue ? 0.85 : 0.95;
		if (!(result.steadyRatio >= goal) && result.lost === 0) {
			const ratio = Number.isFinite(result.steadyRatio) ? result.steadyRatio.toFixed(3) : 'no';
			let cause = 'The wait after each 429 (Retry-After, or a whole window when it is missing) leaves part of the budget unused.';
			if (queue) cause = `Each worker paces on its own; ${result.refused > 0 ? 'after a 429 the cut share grows back in small steps, and the waiting (Retry-After, or a whole window when it is missing) leaves part of the budget unused' : 'each holds back what it cannot see the others use'}.`;
			else if (result.refused === 0) cause = 'KeyCRM refused nothing: the pacer itself kept the executions below the limit (a request counts against the window until its answer arrived, so the answer time of each window\'s last requests is lost to the pace).';
			notes.push(`${where}: a pace of ${ratio} of the allowed rate, ${result.refused} answers 429, the last order after ${(result.lastOrderMs / 1000).toFixed(1)} s for a ${result.floorMs / 1000} s floor. ${cause}`);
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
