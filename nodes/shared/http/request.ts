import type {
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { buildApiError } from './apiError';
import { encodeBody } from './encodeBody';
import { SlotWaitTimeout, type ReleaseSlot, type RequestPacer } from './pacer';
import { PacerRegistry } from './pacerRegistry';
import { resendSafetyOf, uncertainWriteMessage, uncertainWriteOf } from './resend';
import {
	DEFAULT_RETRY_SETTINGS,
	NOT_SENT_MAX_RETRIES,
	mayResend,
	nextRetryDelayMs,
	headerValue,
	serverBudget,
	verdictOfNetworkCode,
	verdictOfStatus,
	type HeaderBag,
} from './retryPolicy';
import { readRequestSettings } from './settings';
import type { ApiCall, ApiResponse, RequestSettings, ServiceFailure, ServiceProfile } from './types';

/** Triggers call services too: a polling trigger reads its lists, a webhook trigger fetches the full record. */
export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions | IWebhookFunctions;

// Module scope: one pace per account for every execution in this n8n process (main or worker).
// Intervals on a monotonic clock: a wall clock set back or forward must not stall or burst the pace.
const clock = { now: () => performance.now(), sleep: async (ms: number) => await sleep(ms) };
const pacers = new PacerRegistry(clock);

// What one uncounted 429 takes from Max Total Retry Wait at least.
const MIN_REFUSAL_CHARGE_MS = 1_000;

type Attempt =
	| { kind: 'response'; response: ApiResponse; malformed?: string }
	| { kind: 'network'; code?: string; message: string };

function parseBody(text: string, headers: HeaderBag): { body: unknown; malformed?: string } {
	if (text.trim() === '') return { body: undefined };
	const type = headerValue(headers, 'content-type') ?? '';
	const looksJson = /json/i.test(type) || /^\s*[[{]/.test(text);
	if (!looksJson) return { body: text };
	try {
		return { body: JSON.parse(text) };
	} catch {
		return { body: text, malformed: text };
	}
}

function networkCode(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
		const candidate = current as { code?: unknown; cause?: unknown; errno?: unknown };
		if (typeof candidate.code === 'string' && /^[A-Z_]+$/.test(candidate.code)) return candidate.code;
		current = candidate.cause;
	}
	return undefined;
}

const NETWORK_MESSAGES: Record<string, string> = {
	ECONNREFUSED: 'refused the connection: is the base URL right and the service up?',
	ENOTFOUND: 'could not be found: check the base URL in the credential',
	ECONNRESET: 'dropped the connection',
	ETIMEDOUT: 'did not answer in time',
	ECONNABORTED: 'did not answer in time',
};

/** The account a request counts against: the credential, whichever execution (or dropdown) sends it. */
function pacerKey(context: RequestContext, profile: ServiceProfile): string {
	const credential = context.getNode().credentials?.[profile.credentialType]?.id ?? 'unsaved';
	return `${profile.credentialType}|${credential}`;
}

function describePace(settings: RequestSettings): string {
	const limit = settings.rateLimit;
	if (!limit) return 'the pace the service asks for';
	return `${limit.requests} ${limit.requests === 1 ? 'request' : 'requests'} per ${limit.periodMs / 1000} s`;
}

function slotWaitFailure(profile: ServiceProfile, settings: RequestSettings, waitedMs: number) {
	return {
		failure: {
			message: `No free slot to send this request to ${profile.name} within ${Math.round(waitedMs / 1000)} s`,
			code: 'SLOT_WAIT_TIMEOUT',
		},
		hint:
			`Every execution using this ${profile.name} credential in this n8n process shares one pace (${describePace(settings)}), ` +
			`and this request waited longer than Max Wait for a Slot in Request Options. Raise Max Wait for a Slot, ` +
			`raise Max Requests per Period if your ${profile.name} plan allows more, or start fewer executions at once.`,
	};
}

/**
 * Waits for a slot of each pace in turn (the endpoint's, then the account's): all of them, or none
 * and how long the request waited.
 */
async function acquireSlots(
	paces: RequestPacer[],
	settings: RequestSettings,
	retry: boolean,
): Promise<{ held: ReleaseSlot[] } | { waitedMs: number }> {
	const held: ReleaseSlot[] = [];
	for (const pace of paces) {
		const slot = await pace.acquire({ maxWaitMs: settings.maxSlotWaitMs, retry }).then(
			(release) => ({ release }),
			(error: unknown) => ({ waitedMs: error instanceof SlotWaitTimeout ? error.waitedMs : settings.maxSlotWaitMs }),
		);
		if ('waitedMs' in slot) {
			for (const release of held) release({ sent: false });
			return slot;
		}
		held.push(slot.release);
	}
	return { held };
}

async function sendOnce(
	context: RequestContext,
	profile: ServiceProfile,
	options: IHttpRequestOptions,
	credentials: ICredentialsDecrypted,
): Promise<Attempt> {
	try {
		// The credentials read above are handed over: n8n would otherwise read them a second time per
		// request (in n8n 2.x a database query, a decryption and an expression isolate each).
		const raw = (await context.helpers.httpRequestWithAuthentication.call(context, profile.credentialType, options, {
			credentialsDecrypted: credentials,
		})) as IN8nHttpFullResponse;
		const headers = (raw.headers ?? {}) as HeaderBag;
		const text = typeof raw.body === 'string' ? raw.body : raw.body === undefined ? '' : JSON.stringify(raw.body);
		const { body, malformed } = parseBody(text, headers);
		return { kind: 'response', response: { statusCode: raw.statusCode, headers, body }, malformed };
	} catch (error) {
		const code = networkCode(error);
		return { kind: 'network', code, message: (error as Error).message ?? String(error) };
	}
}

function failureFromStatus(profile: ServiceProfile, response: ApiResponse): ServiceFailure {
	const fromService = profile.failureOf(response);
	if (fromService) return fromService;
	const text = typeof response.body === 'string' ? response.body.trim() : '';
	return {
		message: text && text.length <= 200 ? text : `${profile.name} answered HTTP ${response.statusCode}`,
	};
}

/** What one failed attempt is, in the service's words (a network failure in ours). */
function outcomeFailure(profile: ServiceProfile, outcome: Attempt): ServiceFailure {
	if (outcome.kind === 'response') return failureFromStatus(profile, outcome.response);
	const what = (outcome.code && NETWORK_MESSAGES[outcome.code]) ?? `could not be reached (${outcome.code ?? outcome.message})`;
	return { message: `${profile.name} ${what}`, code: outcome.code };
}

/** Runs an operation's check for a write that may have happened; a failed check leaves the doubt. */
async function verifyWrite(verify: () => Promise<unknown>, doubt: (extra: string) => Error): Promise<unknown> {
	try {
		return await verify();
	} catch (error) {
		throw doubt(`Looking for it failed too: ${(error as Error).message}`);
	}
}

/**
 * Sends one call to a service with the credential's authentication, pacing per account, retries with
 * backoff (honouring Retry-After), and the service's errors mapped to NodeApiError. The only way any
 * node of this package talks HTTP.
 */
export async function apiRequest(
	this: RequestContext,
	profile: ServiceProfile,
	call: ApiCall,
	itemIndex = 0,
	settings: RequestSettings = readRequestSettings(this, profile, itemIndex),
): Promise<unknown> {
	const credentials = await this.getCredentials(profile.credentialType);
	const reference = this.getNode().credentials?.[profile.credentialType];
	const decrypted: ICredentialsDecrypted = {
		id: reference?.id ?? '',
		name: reference?.name ?? '',
		type: profile.credentialType,
		data: credentials,
	};
	const secrets = profile.secretFields
		.map((field) => credentials[field])
		.filter((value): value is string => typeof value === 'string' && value !== '');
	const baseUrl = String(credentials.baseUrl ?? '').replace(/\/+$/, '');
	const encoded = encodeBody(call.body, profile.bodyFormat);
	const bearer = call.bearerFrom !== undefined ? String(credentials[call.bearerFrom] ?? '') : undefined;
	const options: IHttpRequestOptions = {
		method: call.method,
		url: `${baseUrl}${call.path}`,
		qs: call.qs,
		body: encoded.body as IHttpRequestOptions['body'],
		headers: {
			Accept: profile.accept,
			...(encoded.contentType ? { 'Content-Type': encoded.contentType } : {}),
			...call.headers,
			...(bearer !== undefined ? { Authorization: `Bearer ${bearer}` } : {}),
		},
		arrayFormat: call.arrayFormat,
		encoding: 'text',
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: settings.timeoutMs,
	};
	const key = pacerKey(this, profile);
	const accountPace = pacers.get(key, { limit: settings.rateLimit, windowMs: settings.rateLimitWindowMs });
	const endpointLimit = call.endpointLimit;
	const endpointPace = endpointLimit
		? pacers.get(`${key}|${endpointLimit.name}`, { limit: endpointLimit, windowMs: endpointLimit.periodMs })
		: undefined;
	const paces = endpointPace ? [endpointPace, accountPace] : [accountPace];
	// The pace a 429 and the rate-limit headers of this call speak about.
	const throttledPace = endpointPace ?? accountPace;
	const fail = (failure: ServiceFailure, statusCode?: number, hint?: string) =>
		buildApiError({ node: this.getNode(), service: profile.name, failure, statusCode, secrets, itemIndex, hint });

	// A GET changes nothing at any of these services: a look-up inside a create is retried as a read.
	const safety = call.resend ?? (call.method === 'GET' ? 'safe' : (resendSafetyOf(this) ?? 'safe'));
	/**
	 * The write may have happened: the item fails with what to check, never re-sent. A 500 keeps the
	 * service's own message (it may name the cause) and says so underneath.
	 */
	const uncertainFailure = (original: ServiceFailure, statusCode: number | undefined, extra?: string) => {
		const mayHave = uncertainWriteMessage(profile.name, uncertainWriteOf(this));
		const said = `${profile.name}'s own answer: ${original.message}`;
		if (statusCode === 500) return fail(original, statusCode, [`${mayHave}.`, extra].filter(Boolean).join('\n'));
		return fail({ ...original, message: mayHave }, statusCode, [said, extra, 'The request was not sent again, so that nothing is done twice.'].filter(Boolean).join('\n'));
	};

	// Time the service asked us to wait, and the retries that count against Max Retries. A 429 is
	// not one: the service did nothing and said when to come back, and a worker cannot tell the
	// service refusing from its share of the limit being slow to come (the other workers' requests
	// went through meanwhile), so only Max Total Retry Wait bounds it.
	let waitedMs = 0;
	let countedRetries = 0;
	for (let attempt = 0; ; attempt++) {
		const slots = await acquireSlots(paces, settings, attempt > 0);
		if ('waitedMs' in slots) {
			const { failure, hint } = slotWaitFailure(profile, settings, slots.waitedMs);
			throw fail(failure, undefined, hint);
		}
		const { held } = slots;
		let outcome: Attempt;
		let answered: ApiResponse | undefined;
		try {
			outcome = await sendOnce(this, profile, { ...options }, decrypted);
			if (outcome.kind === 'response') answered = outcome.response;
		} finally {
			const budget = answered ? serverBudget(answered.headers, Date.now(), clock.now()) : undefined;
			const refused = answered?.statusCode === 429;
			const counts = answered && answered.statusCode < 400 ? budget?.remaining !== undefined : undefined;
			held.forEach((release, index) =>
				release(paces[index] === throttledPace ? { budget, refused, counts } : { refused }),
			);
		}

		const status = outcome.kind === 'response' ? outcome.response.statusCode : undefined;
		const verdict = outcome.kind === 'network' ? verdictOfNetworkCode(outcome.code) : verdictOfStatus(status!, outcome.response.headers);
		// A write that may have happened is looked for (when the operation can) instead of sent again.
		const verifiable = verdict === 'uncertain' && safety === 'unsafe' && call.verify !== undefined;
		const retryable = mayResend(verdict, safety);
		let delay: number | undefined;
		if (retryable || (verifiable && status !== 500)) {
			const notSent = outcome.kind === 'network' && verdict === 'notProcessed';
			// Max Retries 0 still means no retry at all, a 429 included.
			const uncounted = status === 429 && settings.maxRetries > 0;
			delay = nextRetryDelayMs({
				attempt: uncounted ? 0 : countedRetries,
				waitedMs,
				settings: {
					...DEFAULT_RETRY_SETTINGS,
					maxRetries: notSent ? Math.min(settings.maxRetries, NOT_SENT_MAX_RETRIES) : settings.maxRetries,
					maxTotalWaitMs: settings.maxRetryWaitMs,
				},
				headers: outcome.kind === 'response' ? outcome.response.headers : {},
				nowMs: Date.now(),
				random: Math.random,
				status,
				windowMs: settings.rateLimitWindowMs,
			});
			// A service answering 429 with Retry-After: 0 again and again must still run out of budget.
			const charge = delay === undefined ? 0 : uncounted ? Math.max(delay, MIN_REFUSAL_CHARGE_MS) : delay;
			if (delay !== undefined && waitedMs + charge > settings.maxRetryWaitMs) delay = undefined;
			if (delay !== undefined && !uncounted) countedRetries++;
			// A 429 is about the whole account: every request waiting on it holds back, not this one
			// alone, and this process takes a smaller share of the limit.
			if (status === 429) throttledPace.refused(clock.now() + (delay ?? 0));
			if (delay !== undefined) {
				if (status !== 429) await sleep(delay);
				waitedMs += charge;
			}
		}
		const original = outcomeFailure(profile, outcome);
		if (verifiable) {
			const found = await verifyWrite(call.verify!, (extra) => uncertainFailure(original, status, extra));
			if (found !== undefined) return found;
			// Not made: with retries left it is sent again; else the answer is shown as it is.
			if (delay !== undefined && status !== 500) continue;
			const checked = `Nothing was found in ${profile.name} that this request would have made, and it was not sent again.`;
			if (status === 500) throw fail(original, status, checked);
			throw uncertainFailure(original, status, checked);
		}
		if (retryable && delay !== undefined) continue;
		if (verdict === 'uncertain' && safety === 'unsafe') throw uncertainFailure(original, status);

		const gaveUp = !retryable || attempt === 0
			? undefined
			: status === 429
				? `${profile.name} kept refusing for ${Math.round(waitedMs / 1000)} s over ${attempt} ${attempt === 1 ? 'retry' : 'retries'}, and one more wait would pass Max Total Retry Wait in Request Options. Raise it, or lower the pace.`
				: `Gave up after ${attempt} ${attempt === 1 ? 'retry' : 'retries'} (${Math.round(waitedMs / 1000)} s of waiting). Raise Max Retries or Max Total Retry Wait in Request Options, or lower the pace.`;

		if (outcome.kind === 'network') throw fail(original, undefined, gaveUp);
		const { response } = outcome;
		if (outcome.malformed !== undefined) {
			throw fail(
				{ message: `${profile.name} answered with malformed JSON`, answer: outcome.malformed },
				response.statusCode,
			);
		}
		if (response.statusCode >= 400) throw fail(failureFromStatus(profile, response), response.statusCode, gaveUp);
		const failure = profile.failureOf(response);
		if (failure) throw fail(failure, response.statusCode);
		if (call.fullResponse) return response;
		return profile.unwrap ? profile.unwrap(response.body) : response.body;
	}
}

/** A service's request function bound to its profile: `(method, path, {qs, body}, itemIndex) → object`. */
export function objectRequester(profile: ServiceProfile) {
	return async function (
		this: RequestContext,
		method: IHttpRequestMethods,
		path: string,
		options: Pick<ApiCall, 'qs' | 'body' | 'endpointLimit' | 'resend' | 'verify'> = {},
		itemIndex = 0,
	): Promise<IDataObject> {
		const answer = await apiRequest.call(this, profile, { method, path, ...options }, itemIndex);
		return (answer ?? {}) as IDataObject;
	};
}
