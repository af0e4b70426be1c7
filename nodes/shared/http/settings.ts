import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions, INodeProperties, IPollFunctions, IWebhookFunctions } from 'n8n-workflow';

import { DEFAULT_RETRY_SETTINGS } from './retryPolicy';
import type { RequestSettings, ServiceProfile } from './types';

export const REQUEST_OPTIONS = 'requestOptions';

const DEFAULT_TIMEOUT_SECONDS = 60;
const DEFAULT_PARALLEL_REQUESTS = 1;
// At 60 requests per minute, 900 s lets a burst of 900 executions on one credential all have their turn.
export const DEFAULT_MAX_SLOT_WAIT_SECONDS = 900;
// A dropdown opened while a burst uses the same credential waits its turn, but not for minutes.
const LOAD_OPTIONS_MAX_SLOT_WAIT_MS = 30_000;

/** The "Request Options" every node of this package shows: pacing, retries, timeout, parallelism. */
export function requestOptionsProperty(profile: ServiceProfile): INodeProperties {
	const limit = profile.defaultRateLimit;
	const property: INodeProperties = {
		displayName: 'Request Options',
		name: REQUEST_OPTIONS,
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Max Requests per Period',
				name: 'rateLimitRequests',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: `Most requests sent to ${profile.name} per period with one credential, counted across all executions running in this n8n process, so the account's limit is never hit. The default is the service's published limit; raise it if your plan allows more. Nodes using the same credential share one pace with the strictest of their settings. Several n8n processes (queue mode) set to the full limit share it between them from the service's answers. 0 turns this pacing off (the service's rate-limit headers and 429 answers are still followed).`,
			},
			{
				displayName: 'Max Retries',
				name: 'maxRetries',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 20 },
				default: 10,
				description:
					"How many times a request is sent again after a failure. Every operation is retried after 503 with Retry-After (nothing was done), and at most twice after a refused connection. A timeout, a dropped connection, 500, 502, 504 or 503 without Retry-After may come after the service did the work: reads and updates are retried, creates, payments and tasks are not (the node looks for the record where it can, else the item says what to check). The wait honours Retry-After; a 429 without it waits one rate-limit window. Keep n8n's Retry On Fail off for this node: it repeats the whole node on top of these retries. A 429 (too many requests: nothing was done, the service says when to come back) is retried without counting here, bounded by Max Total Retry Wait; 0 turns every retry off, 429 included.",
			},
			{
				displayName: 'Max Total Retry Wait (Seconds)',
				name: 'maxRetryWait',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 600,
				description: 'Most time the service may ask one request to wait (Retry-After, or a rate-limit window) across its retries before the item fails: what bounds the retries after 429. Waiting for a turn in the pace does not count.',
			},
			{
				displayName: 'Max Wait for a Slot (Seconds)',
				name: 'maxSlotWait',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 900,
				description:
					'Most time one request waits for its turn in the pace shared by every execution using this credential in this n8n process, before its item fails. Raise it for bigger bursts.',
			},
			{
				displayName: 'Parallel Requests',
				name: 'parallelRequests',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 20 },
				default: 1,
				description: 'How many items are sent at the same time. Output keeps the input order; pacing still applies.',
			},
			{
				displayName: 'Period (Seconds)',
				name: 'rateLimitPeriod',
				type: 'number',
				typeOptions: { minValue: 0.1, numberPrecision: 1 },
				default: 60,
				description:
					"Length of the period for Max Requests per Period: the service's rate-limit window. A 429 without Retry-After waits one period.",
			},
			{
				displayName: 'Timeout (Seconds)',
				name: 'timeout',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 60,
				description: 'How long to wait for one answer before it counts as a timeout: a read is sent again, a create is not (the service may have done it)',
			},
		],
	};
	// The service's own limit is the default pace; the literals above are what n8n's linter can read.
	for (const option of property.options as INodeProperties[]) {
		if (option.name === 'rateLimitRequests') option.default = limit?.requests ?? 0;
		if (option.name === 'rateLimitPeriod') option.default = (limit?.periodMs ?? 60_000) / 1000;
	}
	return property;
}

type SettingsContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions | IWebhookFunctions;

function isExecuteContext(context: SettingsContext): context is IExecuteFunctions {
	return 'getInputData' in context;
}

export function readRequestSettings(
	context: SettingsContext,
	profile: ServiceProfile,
	itemIndex: number,
): RequestSettings {
	const options = (
		isExecuteContext(context)
			? context.getNodeParameter(REQUEST_OPTIONS, itemIndex, {})
			: context.getNodeParameter(REQUEST_OPTIONS, {})
	) as IDataObject;
	const number = (key: string, fallback: number) =>
		typeof options[key] === 'number' ? (options[key] as number) : fallback;
	const defaultLimit = profile.defaultRateLimit;
	const requests = number('rateLimitRequests', defaultLimit?.requests ?? 0);
	const periodMs = number('rateLimitPeriod', (defaultLimit?.periodMs ?? 60_000) / 1000) * 1000;
	const chosenPeriodMs = typeof options.rateLimitPeriod === 'number' && periodMs > 0 ? periodMs : undefined;
	return {
		rateLimit: requests > 0 && periodMs > 0 ? { requests, periodMs } : undefined,
		rateLimitWindowMs: chosenPeriodMs ?? profile.rateLimitWindowMs,
		maxSlotWaitMs: Math.min(
			number('maxSlotWait', DEFAULT_MAX_SLOT_WAIT_SECONDS) * 1000,
			isExecuteContext(context) ? Infinity : LOAD_OPTIONS_MAX_SLOT_WAIT_MS,
		),
		maxRetries: number('maxRetries', DEFAULT_RETRY_SETTINGS.maxRetries),
		maxRetryWaitMs: number('maxRetryWait', DEFAULT_RETRY_SETTINGS.maxTotalWaitMs / 1000) * 1000,
		timeoutMs: number('timeout', DEFAULT_TIMEOUT_SECONDS) * 1000,
		parallelRequests: Math.max(1, Math.floor(number('parallelRequests', DEFAULT_PARALLEL_REQUESTS))),
	};
}
