import type { INodeProperties, IPollFunctions } from 'n8n-workflow';

import { DEFAULT_LOOKBACK_MINUTES, lookbackMs, MAX_LOOKBACK_MINUTES } from './lookback';

/**
 * The lookback setting of a polling trigger: how far behind its watermark each check reads again.
 * `clockNote` says what the window must cover for this service.
 */
export function lookbackProperty(clockNote: string): INodeProperties {
	return {
		displayName: 'Lookback (Minutes)',
		name: 'lookbackMinutes',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: MAX_LOOKBACK_MINUTES, numberPrecision: 0 },
		default: DEFAULT_LOOKBACK_MINUTES,
		description: `Each check reads this far behind the newest record it delivered and starts the workflow only for records it has not delivered yet, so records that show up late are not lost. ${clockNote.replace(/\.$/, '')}.`,
	};
}

/** The lookback of a poll in milliseconds, read from its node parameter. */
export function readLookbackMs(context: IPollFunctions): number {
	return lookbackMs(context.getNodeParameter('lookbackMinutes', DEFAULT_LOOKBACK_MINUTES));
}

/**
 * What a restart costs, said on every polling trigger. n8n 2.41 saves a poller's static data only
 * when a check hands items to an execution (its durable poll cursors, off by default, also save
 * after an empty check): the first check's starting point is not saved until the first delivery.
 */
export const RESTART_NOTICE =
	'n8n saves what this trigger remembers only when a check starts an execution. If n8n restarts before the first execution, the first check after the restart starts from that moment again: records made between the first activation and the restart are not delivered. After the first execution a restart loses nothing and repeats nothing: the next check goes on from the last execution. With n8n\'s durable poll cursors (N8N_POLLER_DURABLE_CURSORS_ENABLED with N8N_SCHEDULER_ENABLED, N8N_SCHEDULER_POLL_TRIGGERS_ENABLED and N8N_USE_WORKFLOW_PUBLICATION_SERVICE) the starting point is saved after the first check too.';

export const restartNoticeProperty: INodeProperties = {
	displayName: RESTART_NOTICE,
	name: 'restartNotice',
	type: 'notice',
	default: '',
};
